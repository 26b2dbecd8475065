import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { logSoftmax, logSumExp, naiveSoftmax, softmax } from './softmax';
import { entropy } from './information';

const logits = fc.array(fc.double({ min: -50, max: 50, noNaN: true }), {
	minLength: 1,
	maxLength: 20
});
const temperature = fc.double({ min: 0.05, max: 20, noNaN: true });
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('softmax(x, T)', () => {
	it('gives [1/3, 2/3] for [0, ln 2]', () => {
		const p = softmax([0, Math.LN2]);
		expect(p[0]).toBeCloseTo(1 / 3, 15);
		expect(p[1]).toBeCloseTo(2 / 3, 15);
	});

	it('gives [1/5, 4/5] for [0, ln 2] at T = 0.5 (the ratio is squared)', () => {
		const p = softmax([0, Math.LN2], 0.5);
		expect(p[0]).toBeCloseTo(1 / 5, 15);
		expect(p[1]).toBeCloseTo(4 / 5, 15);
	});

	it('gives [e/(1+e+e²), ...] for [1, 2, 3] at T = 2', () => {
		const e = Math.exp(0.5);
		const z = e + e * e + e * e * e;
		const p = softmax([1, 2, 3], 2);
		[e / z, (e * e) / z, (e * e * e) / z].forEach((v, i) => expect(p[i]).toBeCloseTo(v, 15));
	});

	it('is uniform on equal logits', () => {
		expect(softmax([7, 7, 7, 7])).toEqual([0.25, 0.25, 0.25, 0.25]);
	});

	it('sums to 1 and stays in [0, 1]', () => {
		fc.assert(
			fc.property(logits, temperature, (x, t) => {
				const p = softmax(x, t);
				expect(sum(p)).toBeCloseTo(1, 12);
				for (const v of p) expect(v >= 0 && v <= 1).toBe(true);
			})
		);
	});

	it('is invariant to adding a constant to every logit', () => {
		fc.assert(
			fc.property(logits, fc.double({ min: -1e3, max: 1e3, noNaN: true }), (x, c) => {
				const a = softmax(x);
				const b = softmax(x.map((v) => v + c));
				a.forEach((v, i) => expect(b[i]).toBeCloseTo(v, 9));
			})
		);
	});

	it('keeps the order of the logits', () => {
		fc.assert(
			fc.property(logits, (x) => {
				const p = softmax(x);
				for (let i = 1; i < x.length; i++) {
					if (x[i] > x[i - 1]) expect(p[i]).toBeGreaterThanOrEqual(p[i - 1]);
				}
			})
		);
	});

	it('raises entropy as temperature rises on non-uniform logits', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 2, maxLength: 10 }),
				fc.double({ min: 0.2, max: 5, noNaN: true }),
				(x, t) => {
					fc.pre(Math.max(...x) - Math.min(...x) > 0.5);
					expect(entropy(softmax(x, t * 1.5))).toBeGreaterThan(entropy(softmax(x, t)));
				}
			)
		);
	});

	it('stays finite on huge logits where the naive formula overflows', () => {
		const p = softmax([1000, 1001]);
		const e = Math.E;
		expect(p[0]).toBeCloseTo(1 / (1 + e), 15);
		expect(p[1]).toBeCloseTo(e / (1 + e), 15);
		expect(softmax([-1e6, 1e6])).toEqual([0, 1]);
	});

	it('gives -Infinity entries probability 0', () => {
		expect(softmax([-Infinity, 0])).toEqual([0, 1]);
		expect(softmax([0, -Infinity, 0])).toEqual([0.5, 0, 0.5]);
	});

	it('throws a message naming the entry for NaN and +Infinity', () => {
		expect(() => softmax([0, 1, 2, NaN])).toThrow('softmax: x[3] is NaN');
		expect(() => softmax([Infinity, 0])).toThrow('softmax: x[0] is +Infinity');
	});

	it('throws when every entry is -Infinity or x is empty', () => {
		expect(() => softmax([-Infinity, -Infinity])).toThrow(/-Infinity/);
		expect(() => softmax([])).toThrow(/empty/);
	});

	it('throws on temperature ≤ 0 or NaN', () => {
		expect(() => softmax([1, 2], 0)).toThrow(/temperature/);
		expect(() => softmax([1, 2], -1)).toThrow(/temperature/);
		expect(() => softmax([1, 2], NaN)).toThrow(/temperature/);
	});
});

describe('logSoftmax(x, T)', () => {
	it('gives [ln 1/3, ln 2/3] for [0, ln 2]', () => {
		const l = logSoftmax([0, Math.LN2]);
		expect(l[0]).toBeCloseTo(Math.log(1 / 3), 15);
		expect(l[1]).toBeCloseTo(Math.log(2 / 3), 15);
	});

	it('equals log of softmax', () => {
		fc.assert(
			fc.property(logits, temperature, (x, t) => {
				const p = softmax(x, t);
				logSoftmax(x, t).forEach((v, i) => {
					if (p[i] > 1e-300) expect(v).toBeCloseTo(Math.log(p[i]), 9);
				});
			})
		);
	});

	it('keeps tiny probabilities that softmax underflows to 0', () => {
		expect(softmax([0, -800])[1]).toBe(0);
		expect(logSoftmax([0, -800])[1]).toBeCloseTo(-800, 10);
	});

	it('maps -Infinity to -Infinity and rejects NaN', () => {
		expect(logSoftmax([-Infinity, 0])).toEqual([-Infinity, 0]);
		expect(() => logSoftmax([NaN])).toThrow('logSoftmax: x[0] is NaN');
	});
});

describe('logSumExp(x)', () => {
	it('gives ln 3 for [0, ln 2] and 1000 + ln 2 for [1000, 1000]', () => {
		expect(logSumExp([0, Math.LN2])).toBeCloseTo(Math.log(3), 15);
		expect(logSumExp([1000, 1000])).toBeCloseTo(1000 + Math.LN2, 12);
	});

	it('equals ln Σ e^x where that does not overflow', () => {
		fc.assert(
			fc.property(logits, (x) => {
				expect(logSumExp(x)).toBeCloseTo(Math.log(sum(x.map(Math.exp))), 9);
			})
		);
	});

	it('lies between max(x) and max(x) + ln n', () => {
		fc.assert(
			fc.property(logits, (x) => {
				const m = Math.max(...x);
				const l = logSumExp(x);
				expect(l).toBeGreaterThanOrEqual(m);
				expect(l).toBeLessThanOrEqual(m + Math.log(x.length) + 1e-12);
			})
		);
	});

	it('handles the infinities and rejects NaN', () => {
		expect(logSumExp([])).toBe(-Infinity);
		expect(logSumExp([-Infinity, -Infinity])).toBe(-Infinity);
		expect(logSumExp([-Infinity, 0])).toBe(0);
		expect(logSumExp([Infinity, 0])).toBe(Infinity);
		expect(() => logSumExp([0, NaN])).toThrow('logSumExp: x[1] is NaN');
	});
});

describe('naiveSoftmax(x)', () => {
	it('agrees with softmax on small logits', () => {
		const p = naiveSoftmax([0, Math.LN2]);
		expect(p[0]).toBeCloseTo(1 / 3, 15);
		expect(p[1]).toBeCloseTo(2 / 3, 15);
	});

	it('overflows to NaN on [1000, 1001], as the demo shows', () => {
		const p = naiveSoftmax([1000, 1001]);
		expect(p.every(Number.isNaN)).toBe(true);
	});
});
