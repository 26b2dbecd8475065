// `npm run train` as the issue names it: one `step <n> loss <x>` line per step, identical for the
// same seed and steps, then `tokens/s <x>` (that the seed matters is trainer.test.ts's).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// spawnSync blocks the test worker, where vitest's own timeout cannot reach: it gets its own.
const train = (...args: string[]) =>
	spawnSync('node', ['scripts/train.mjs', ...args], { encoding: 'utf8', timeout: 120_000 });

describe('npm run train', () => {
	// Two Node processes that each load the engine through Vite: seconds on a quiet machine, more
	// than a minute at a load average of 20.
	it(
		'prints the same step lines on every run for the same seed and steps',
		{ timeout: 240_000 },
		() => {
			const [a, b] = [train('--steps', '3', '--seed', '5'), train('--steps', '3', '--seed', '5')];
			for (const run of [a, b]) expect(run.status).toBe(0);
			const lines = a.stdout.trim().split('\n');
			expect(
				lines
					.slice(0, 3)
					.every((line, i) => new RegExp(`^step ${i + 1} loss \\d+\\.\\d{6}$`).test(line))
			).toBe(true);
			expect(lines[3]).toMatch(/^tokens\/s \d+$/);
			expect(lines).toHaveLength(4);
			const steps = (run: typeof a) => run.stdout.split('\n').slice(0, 3);
			expect(steps(b)).toEqual(steps(a));
			expect(a.stderr).toMatch(/held-out loss \d+\.\d+/);
		}
	);

	it('refuses a bad step count', () => {
		const run = train('--steps', 'many');
		expect(run.status).toBe(2);
		expect(run.stderr).toMatch(/usage/);
	});
});
