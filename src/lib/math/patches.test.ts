import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	patchCount,
	patchGrid,
	patchMeanColour,
	patchMeans,
	patchVector,
	patchify
} from './patches';

/** A width × height RGBA image whose pixel (x, y) has R = x, G = y, B = 7. */
function ramp(width: number, height: number) {
	const data = new Uint8ClampedArray(width * height * 4);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) data.set([x, y, 7, 255], (y * width + x) * 4);
	}
	return { width, height, data };
}

describe('patchCount / patchGrid', () => {
	it('ViT: 224 px at 16 px gives 14 × 14 = 196 patches', () => {
		expect(patchCount(224, 16)).toBe(196);
		expect(patchCount(224, 14)).toBe(256);
		expect(patchCount(224, 32)).toBe(49);
		expect(patchCount(384, 16)).toBe(576);
	});

	it('crops what fills no whole patch', () => {
		expect(patchGrid(100, 50, 16)).toEqual({
			cols: 6,
			rows: 3,
			count: 18,
			croppedX: 4,
			croppedY: 2
		});
		expect(patchCount(15, 16)).toBe(0);
	});

	it('halving the patch quadruples the count when the side divides evenly', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 16 }), (k, p) => {
				expect(patchCount(k * 2 * p, p)).toBe(4 * patchCount(k * 2 * p, 2 * p));
			})
		);
	});

	it('rejects sizes that are not whole numbers', () => {
		expect(() => patchGrid(10, 10, 0)).toThrow(RangeError);
		expect(() => patchGrid(10.5, 10, 2)).toThrow(RangeError);
	});
});

describe('patchify', () => {
	it('flattens each patch row by row, R G B per pixel, in reading order', () => {
		const patches = patchify(ramp(4, 2), 2);
		expect(patches).toHaveLength(2);
		const s = (v: number) => v / 255;
		// Patch 1 (top right): pixels (2,0) (3,0) (2,1) (3,1).
		expect(Array.from(patches[1])).toEqual(
			[2, 0, 7, 3, 0, 7, 2, 1, 7, 3, 1, 7].map((v) => Math.fround(s(v)))
		);
	});

	it('keeps every pixel of the whole patches exactly once', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 30 }),
				fc.integer({ min: 1, max: 30 }),
				fc.integer({ min: 1, max: 8 }),
				(w, h, p) => {
					const image = ramp(w, h);
					const patches = patchify(image, p);
					const { count, cols, rows } = patchGrid(w, h, p);
					expect(patches).toHaveLength(count);
					const sum = patches.reduce((a, v) => a + v.reduce((b, x) => b + x, 0), 0);
					let expected = 0;
					for (let y = 0; y < rows * p; y++)
						for (let x = 0; x < cols * p; x++) expected += (x + y + 7) / 255;
					expect(sum).toBeCloseTo(expected, 2);
				}
			)
		);
	});

	it('rejects pixel arrays of the wrong length', () => {
		expect(() => patchify({ width: 2, height: 2, data: new Uint8Array(12) }, 1)).toThrow(
			RangeError
		);
	});

	it('the mean colour of a patch', () => {
		expect(patchMeanColour([1, 0, 0, 0, 0, 1])).toEqual([0.5, 0, 0.5]);
	});
});

describe('patchVector / patchMeans', () => {
	it('agree with patchify and patchMeanColour of each of its patches', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 24 }),
				fc.integer({ min: 1, max: 24 }),
				fc.integer({ min: 1, max: 6 }),
				(w, h, p) => {
					const image = ramp(w, h);
					const patches = patchify(image, p);
					const means = patchMeans(image, p);
					expect(means).toHaveLength(patches.length);
					patches.forEach((patch, i) => {
						expect(patchVector(image, p, i)).toEqual(patch);
						patchMeanColour(patch).forEach((m, c) => expect(means[i][c]).toBeCloseTo(m, 5));
					});
				}
			)
		);
	});

	it('a patch index outside the grid is an error', () => {
		expect(() => patchVector(ramp(4, 4), 2, 4)).toThrow(RangeError);
	});
});
