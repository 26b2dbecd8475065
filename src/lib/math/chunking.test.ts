import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkRanges } from './chunking';

describe('chunkRanges(n, size, overlap)', () => {
	it('cuts 10 items into windows of 4 overlapping by 1 (hand-checked)', () => {
		expect(chunkRanges(10, 4, 1)).toEqual([
			[0, 4],
			[3, 7],
			[6, 10]
		]);
		expect(chunkRanges(11, 4, 1)).toEqual([
			[0, 4],
			[3, 7],
			[6, 10],
			[9, 11]
		]);
	});
	it('without overlap tiles the items; nothing gives no chunks', () => {
		expect(chunkRanges(5, 2, 0)).toEqual([
			[0, 2],
			[2, 4],
			[4, 5]
		]);
		expect(chunkRanges(0, 3, 1)).toEqual([]);
		expect(chunkRanges(3, 10, 2)).toEqual([[0, 3]]);
	});
	it('clamps an overlap of size or more to size − 1, so the windows still move on', () => {
		expect(chunkRanges(4, 2, 9)).toEqual([
			[0, 2],
			[1, 3],
			[2, 4]
		]);
	});
	it('covers every item, in windows of at most size that overlap by exactly the overlap', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 300 }),
				fc.integer({ min: 1, max: 40 }),
				fc.integer({ min: 0, max: 60 }),
				(n, size, overlap) => {
					const chunks = chunkRanges(n, size, overlap);
					const shared = Math.min(size - 1, overlap);
					const covered = new Array<number>(n).fill(0);
					for (const [s, e] of chunks) {
						expect(e - s).toBeGreaterThan(0);
						expect(e - s).toBeLessThanOrEqual(size);
						for (let i = s; i < e; i++) covered[i]++;
					}
					expect(covered.every((c) => c >= 1)).toBe(true);
					expect(chunks[0][0]).toBe(0);
					expect(chunks.at(-1)![1]).toBe(n);
					for (let i = 1; i < chunks.length; i++) {
						expect(chunks[i - 1][1] - chunks[i][0]).toBe(shared);
						expect(chunks[i][1]).toBeGreaterThan(chunks[i - 1][1]);
					}
				}
			)
		);
	});
});
