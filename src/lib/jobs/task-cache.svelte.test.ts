import { describe, expect, it } from 'vitest';
import { defineJob } from './define';
import { JobTaskCache } from './task-cache.svelte';

const double = defineJob((x: number) => 2 * x);
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('JobTaskCache', () => {
	it('returns the same task for a key, and cancels the oldest past `keep`', async () => {
		const cache = new JobTaskCache(double, { keep: 2 });
		const a = cache.get('a', () => 1);
		expect(cache.get('a', () => 99)).toBe(a);
		cache.get('b', () => 2);
		const c = cache.get('c', () => 3);
		expect(cache.get('a', () => 4)).not.toBe(a);
		await tick(50);
		expect(c.output).toBe(6);
	});
	it('settled: starts the first key at once, then only the last of keys asked for in quick succession', async () => {
		const cache = new JobTaskCache(double);
		const one = cache.settled('1', () => 1, 20);
		expect(one.settled).toBe(true);
		expect(one.task?.input).toBe(1);
		cache.settled('2', () => 2, 20);
		// 3 waits for the input to rest: 1 stands in.
		expect(cache.settled('3', () => 3, 20)).toEqual({ task: one.task, settled: false });
		await tick(60);
		const three = cache.settled('3', () => 3, 20);
		expect(three.settled).toBe(true);
		expect(three.task?.input).toBe(3);
		// Key 2 never started; asking for 4 shows 3 until 4 settles.
		expect(cache.settled('4', () => 4, 20).task).toBe(three.task);
		await tick(60);
		expect(cache.settled('2', () => 2, 20).task).toBe(cache.settled('4', () => 4, 20).task);
	});
	it('takes a loader of the job: its code is fetched when a task first runs', async () => {
		let loads = 0;
		const cache = new JobTaskCache(() => (loads++, Promise.resolve(double)));
		expect(loads).toBe(0);
		const task = cache.get('a', () => 5);
		await tick(50);
		expect(task.output).toBe(10);
		expect(loads).toBe(1);
	});
});
