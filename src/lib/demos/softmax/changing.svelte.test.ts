import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { Changing } from './changing.svelte';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Changing', () => {
	it('is false for one change, true through a run of quick ones, false once they stop', async () => {
		const input = $state({ t: 1 });
		let changing!: Changing<number>;
		const stop = $effect.root(() => {
			changing = new Changing(() => input.t, { within: 60 });
		});
		flushSync();
		const set = async (t: number) => {
			input.t = t;
			await tick(1);
		};
		expect(changing.now).toBe(false);
		await set(2);
		expect(changing.now).toBe(false);
		for (const t of [3, 4, 5]) {
			await set(t);
			expect(changing.now, `t = ${t}`).toBe(true);
		}
		await tick(120);
		expect(changing.now).toBe(false);
		// The same value again is no change.
		await set(5);
		expect(changing.now).toBe(false);
		stop();
	});
});
