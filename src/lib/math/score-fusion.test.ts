import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { argsort } from './order';
import { hybridScores, minMaxNormalize } from './score-fusion';

describe('minMaxNormalize(scores)', () => {
	it('maps the lowest to 0 and the highest to 1 (hand-checked)', () => {
		expect([...minMaxNormalize([2, 4, 3])]).toEqual([0, 1, 0.5]);
		expect([...minMaxNormalize([5, 5])]).toEqual([0, 0]);
		expect([...minMaxNormalize([])]).toEqual([]);
	});
});

describe('hybridScores(lexical, dense, weight)', () => {
	it('mixes the normalised scores (hand-checked)', () => {
		// lexical → [0, 1, 0.5]; dense → [1, 0, 0.5]; weight 0.25: [0.75, 0.25, 0.5]
		expect([...hybridScores([2, 4, 3], [0.9, 0.1, 0.5], 0.25)]).toEqual([0.75, 0.25, 0.5]);
	});
	it('at weight 1 ranks as the lexical scores, at 0 as the dense ones, and ignores scale', () => {
		const scores = fc.array(fc.double({ min: -5, max: 5, noNaN: true }), {
			minLength: 2,
			maxLength: 12
		});
		fc.assert(
			fc.property(
				scores,
				fc.double({ min: 0.1, max: 10, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(xs, scale, w) => {
					fc.pre(Math.max(...xs) - Math.min(...xs) > 1e-3);
					const ys = xs.map((x, i) => Math.sin(x + i));
					expect(argsort(hybridScores(xs, ys, 1), 'descending')).toEqual(
						argsort(minMaxNormalize(xs), 'descending')
					);
					expect(argsort(hybridScores(xs, ys, 0), 'descending')).toEqual(
						argsort(minMaxNormalize(ys), 'descending')
					);
					const h = hybridScores(xs, ys, w);
					const scaled = hybridScores(
						xs.map((x) => x * scale + 3),
						ys,
						w
					);
					h.forEach((v, i) => {
						expect(v).toBeGreaterThanOrEqual(-1e-12);
						expect(v).toBeLessThanOrEqual(1 + 1e-12);
						expect(scaled[i]).toBeCloseTo(v, 6);
					});
				}
			)
		);
	});
});
