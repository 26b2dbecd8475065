import { describe, expect, it } from 'vitest';
import { defineJob } from './define';
import { JobTaskCache } from './task-cache';

const double = defineJob((x: number) => 2 * x);

describe('JobTaskCache', () => {
	it('returns the same task for a key, and cancels the oldest past `keep`', async () => {
		const cache = new JobTaskCache(double, { keep: 2 });
		const a = cache.get('a', () => 1);
		expect(cache.get('a', () => 99)).toBe(a);
		cache.get('b', () => 2);
		const c = cache.get('c', () => 3);
		expect(cache.get('a', () => 4)).not.toBe(a);
		await new Promise((r) => setTimeout(r, 50));
		expect(c.output).toBe(6);
	});
});
