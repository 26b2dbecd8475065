import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { Resting } from './resting.svelte';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Resting', () => {
	it('follows its input only once the input has held still for the delay', async () => {
		const input = $state({ depth: 1 });
		let resting!: Resting<{ depth: number }>;
		const stop = $effect.root(() => {
			resting = new Resting(() => ({ depth: input.depth }), { delay: 30 });
		});
		flushSync();
		expect(resting.value).toEqual({ depth: 1 });
		expect(resting.rested).toBe(true);
		for (const depth of [2, 3, 4]) {
			input.depth = depth;
			flushSync();
			await tick(10);
		}
		expect(resting.value).toEqual({ depth: 1 });
		expect(resting.rested).toBe(false);
		await tick(60);
		expect(resting.value).toEqual({ depth: 4 });
		expect(resting.rested).toBe(true);
		// Moving back to the rested value before the delay leaves it as it is.
		const rested = resting.value;
		input.depth = 5;
		flushSync();
		input.depth = 4;
		flushSync();
		await tick(60);
		expect(resting.value).toBe(rested);
		stop();
	});
});
