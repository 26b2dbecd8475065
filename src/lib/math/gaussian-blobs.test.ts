import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blobCentre, gaussianBlobs } from './gaussian-blobs';

describe('blobCentre', () => {
	it('puts the centres evenly on the unit circle, class 0 at (1, 0)', () => {
		expect(blobCentre(0, 4)).toEqual([1, 0]);
		expect(blobCentre(1, 4)[0]).toBeCloseTo(0, 15);
		expect(blobCentre(1, 4)[1]).toBeCloseTo(1, 15);
		expect(blobCentre(2, 4)[0]).toBeCloseTo(-1, 15);
		expect(blobCentre(1, 3)[0]).toBeCloseTo(-0.5, 15);
		expect(blobCentre(1, 3)[1]).toBeCloseTo(Math.sqrt(3) / 2, 15);
	});
});

describe('gaussianBlobs', () => {
	it('cycles the labels, replays from the seed, and changes with it', () => {
		const a = gaussianBlobs(3, 10, { classes: 4, spread: 0.5 });
		expect(a.labels).toEqual([0, 1, 2, 3, 0, 1, 2, 3, 0, 1]);
		expect(a.xs).toHaveLength(20);
		expect(gaussianBlobs(3, 10, { classes: 4, spread: 0.5 })).toEqual(a);
		expect(gaussianBlobs(4, 10, { classes: 4, spread: 0.5 }).xs).not.toEqual(a.xs);
	});

	it('puts every point on its centre when the spread is 0', () => {
		const { xs, labels } = gaussianBlobs(1, 6, { classes: 3, spread: 0 });
		labels.forEach((k, i) => expect([xs[2 * i], xs[2 * i + 1]]).toEqual(blobCentre(k, 3)));
	});

	it('scatters each class around its centre with the given spread (mean and standard deviation)', () => {
		const spread = 0.4;
		const { xs, labels } = gaussianBlobs(7, 8000, { classes: 4, spread });
		for (let k = 0; k < 4; k++) {
			const rows = labels.flatMap((l, i) => (l === k ? [i] : []));
			const [cx, cy] = blobCentre(k, 4);
			const dx = rows.map((i) => xs[2 * i] - cx);
			const dy = rows.map((i) => xs[2 * i + 1] - cy);
			const m = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
			expect(Math.abs(m(dx))).toBeLessThan(0.025);
			expect(Math.abs(m(dy))).toBeLessThan(0.025);
			expect(Math.sqrt(m(dx.map((v) => v * v)))).toBeCloseTo(spread, 1);
		}
	});

	it('shifts a point only by its noise: scaling the spread scales every offset (property)', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 2, max: 6 }), (seed, k) => {
				const one = gaussianBlobs(seed, 12, { classes: k, spread: 1 });
				const half = gaussianBlobs(seed, 12, { classes: k, spread: 0.5 });
				one.labels.forEach((l, i) => {
					const c = blobCentre(l, k);
					for (const d of [0, 1]) {
						expect(half.xs[2 * i + d] - c[d]).toBeCloseTo((one.xs[2 * i + d] - c[d]) / 2, 12);
					}
				});
			})
		);
	});

	it('rejects fewer than two classes and a bad spread', () => {
		expect(() => gaussianBlobs(1, 4, { classes: 1, spread: 1 })).toThrow(/at least 2 classes/);
		expect(() => gaussianBlobs(1, 4, { classes: 3, spread: NaN })).toThrow(/spread/);
	});
});
