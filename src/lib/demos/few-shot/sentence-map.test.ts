import { describe, expect, it } from 'vitest';
import { sentenceMap } from './sentence-map';

describe('sentenceMap', () => {
	it('places vectors on the two directions of most spread, centred on the mean', () => {
		// Spread along x most, then y; z constant.
		const vectors = [
			[4, 0, 1],
			[-4, 0, 1],
			[0, 1, 1],
			[0, -1, 1]
		];
		const map = sentenceMap(vectors)!;
		expect(map.share).toBeCloseTo(1, 12);
		const [x, y] = map.place([4, 0, 1]);
		expect(Math.abs(x)).toBeCloseTo(4, 9);
		expect(y).toBeCloseTo(0, 9);
		const [x2, y2] = map.place([0, 0, 1]);
		expect(x2).toBeCloseTo(0, 9);
		expect(y2).toBeCloseTo(0, 9);
		expect(sentenceMap(vectors.slice(0, 2))).toBeUndefined();
	});
});
