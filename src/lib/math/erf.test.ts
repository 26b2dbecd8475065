import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { erf, erfc, normalCdf, normalCdfInto, normalPdf, normalQuantile } from './erf';

const relativeError = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('erf(x) and erfc(x)', () => {
	// Reference values from mpmath at 30 digits.
	const table: [number, number, number][] = [
		[0.5, 0.5204998778130465, 0.4795001221869535],
		[1, 0.8427007929497149, 0.15729920705028513],
		[2, 0.9953222650189527, 0.004677734981047266],
		[3, 0.9999779095030014, 2.209049699858544e-5],
		[5, 0.9999999999984626, 1.537459794428035e-12],
		[10, 1, 2.088487583762545e-45]
	];

	it('match mpmath to about 1e-15 (relative) on both sides of the 1.5 switch', () => {
		for (const [x, e, c] of table) {
			expect(relativeError(erf(x), e)).toBeLessThan(2e-15);
			expect(relativeError(erfc(x), c)).toBeLessThan(2e-14);
		}
	});

	it('erf is odd, erfc(−x) = 2 − erfc(x), erf + erfc = 1, and erf rises', () => {
		fc.assert(
			fc.property(fc.double({ min: -8, max: 8, noNaN: true }), (x) => {
				return (
					erf(-x) === -erf(x) &&
					Math.abs(erfc(-x) - (2 - erfc(x))) < 1e-15 &&
					Math.abs(erf(x) + erfc(x) - 1) < 1e-15 &&
					erf(x + 1e-3) >= erf(x)
				);
			}),
			{ seed: 13, numRuns: 500 }
		);
	});

	it('erf(0) = 0 and the tails saturate without NaN', () => {
		expect(erf(0)).toBe(0);
		expect(erf(40)).toBe(1);
		expect(erf(-40)).toBe(-1);
		expect(erfc(40)).toBe(0);
		expect(Number.isNaN(erf(NaN))).toBe(true);
	});

	it('derivative equals (2/√π) e^{−x²} (central differences)', () => {
		for (const x of [-2.5, -1.5, -0.3, 0, 0.7, 1.49, 1.51, 2.2]) {
			const h = 1e-5;
			const numerical = (erf(x + h) - erf(x - h)) / (2 * h);
			expect(numerical).toBeCloseTo((2 / Math.sqrt(Math.PI)) * Math.exp(-x * x), 9);
		}
	});
});

describe('normalCdf(x) and normalPdf(x)', () => {
	it('Φ(0) = 1/2, Φ(1.959963984540054) = 0.975, φ(0) = 1/√(2π)', () => {
		expect(normalCdf(0)).toBe(0.5);
		expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 15);
		expect(normalPdf(0)).toBeCloseTo(1 / Math.sqrt(2 * Math.PI), 16);
	});

	it('keeps relative accuracy deep in the left tail: Φ(−10) ≈ 7.6198530241605e-24', () => {
		expect(relativeError(normalCdf(-10), 7.61985302416047e-24)).toBeLessThan(1e-13);
	});
});

describe('normalQuantile(p)', () => {
	it('matches hand-checked quantiles', () => {
		// Φ⁻¹ values from standard tables (R's qnorm to 15 digits).
		expect(normalQuantile(0.5)).toBe(0);
		expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
		expect(normalQuantile(0.025)).toBeCloseTo(-1.959963984540054, 14);
		expect(normalQuantile(0.8413447460685429)).toBeCloseTo(1, 13);
		expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 12);
	});
	it('is the inverse of Φ on every range (central, near tail, far tail)', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.double({ min: 0.075, max: 0.925, noNaN: true }),
					fc.double({ min: 1e-12, max: 0.075, noNaN: true }),
					fc.double({ min: 1e-300, max: 1e-12, noNaN: true })
				),
				(p) => {
					// Relative error in p grows like |x| · (relative error in x) in the tail.
					expect(Math.abs(normalCdf(normalQuantile(p)) - p) / p).toBeLessThan(
						1e-12 * (1 + Math.abs(normalQuantile(p)))
					);
					if (p > 1e-9) expect(normalQuantile(1 - p)).toBeCloseTo(-normalQuantile(p), 6);
				}
			),
			{ seed: 5 }
		);
	});
	it('is ±∞ at the ends and NaN outside [0, 1]', () => {
		expect(normalQuantile(0)).toBe(-Infinity);
		expect(normalQuantile(1)).toBe(Infinity);
		expect(normalQuantile(-0.1)).toBeNaN();
		expect(normalQuantile(1.1)).toBeNaN();
		expect(normalQuantile(NaN)).toBeNaN();
	});
});

describe('normalCdfInto(x, out)', () => {
	it('gives normalCdf to the last bit, in every branch and for odd lengths', () => {
		const x = Float64Array.from(
			{ length: 4003 },
			(_, i) => (i % 2 ? 1 : -1) * ((i * 7919) % 4003) * 0.002
		);
		x.set([0, -0, NaN, Infinity, -Infinity, 40, -40, 2.1213, -1.4142], 0);
		const out = new Float64Array(x.length);
		normalCdfInto(x, out);
		x.forEach((v, i) => expect(Object.is(out[i], normalCdf(v))).toBe(true));
	});
});
