import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	autodiffGradient,
	fitLogits,
	gradientStep,
	largestDifference,
	LOGIT_RANGE,
	lossParts,
	smoothedTarget
} from './loss';

const logitsArb = fc.array(fc.double({ min: -8, max: 8, noNaN: true }), {
	minLength: 2,
	maxLength: 8
});
const caseArb = logitsArb.chain((logits) =>
	fc.record({
		logits: fc.constant(logits),
		target: fc.integer({ min: 0, max: logits.length - 1 }),
		epsilon: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.5, noNaN: true }))
	})
);

describe('smoothedTarget', () => {
	it('is one-hot at ε = 0 and spreads ε evenly', () => {
		expect(smoothedTarget(3, 1, 0)).toEqual([0, 1, 0]);
		const y = smoothedTarget(4, 0, 0.2);
		expect(y[0]).toBeCloseTo(0.85, 12);
		expect(y[1]).toBeCloseTo(0.05, 12);
		expect(y.reduce((a, b) => a + b)).toBeCloseTo(1, 12);
	});
});

describe('lossParts', () => {
	it('equal logits over 4 tokens give −log(1/4) = log 4 nats', () => {
		const { loss, terms, gradient } = lossParts([0, 0, 0, 0], 2, 0);
		expect(loss).toBeCloseTo(Math.log(4), 12);
		expect(terms).toEqual([0, 0, Math.log(4), 0]);
		expect(gradient[2]).toBeCloseTo(-0.75, 12);
		expect(gradient[0]).toBeCloseTo(0.25, 12);
	});

	it('with a one-hot target the loss is −log p(correct), hand-checked', () => {
		// softmax([2, 0]) = [e²/(e²+1), 1/(e²+1)] = [0.880797…, 0.119203…]
		const { loss, p } = lossParts([2, 0], 1, 0);
		expect(p[1]).toBeCloseTo(0.11920292202, 10);
		expect(loss).toBeCloseTo(2.12692801104, 10);
	});

	it('terms add up to the loss and the gradient sums to 0', () => {
		fc.assert(
			fc.property(caseArb, ({ logits, target, epsilon }) => {
				const { terms, loss, gradient } = lossParts(logits, target, epsilon);
				expect(terms.reduce((a, b) => a + b)).toBeCloseTo(loss, 9);
				expect(gradient.reduce((a, b) => a + b)).toBeCloseTo(0, 12);
			})
		);
	});

	it('p − y equals central finite differences of the loss', () => {
		fc.assert(
			fc.property(caseArb, ({ logits, target, epsilon }) => {
				const { gradient } = lossParts(logits, target, epsilon);
				const h = 1e-5;
				gradient.forEach((g, i) => {
					const up = logits.with(i, logits[i] + h);
					const down = logits.with(i, logits[i] - h);
					const numeric =
						(lossParts(up, target, epsilon).loss - lossParts(down, target, epsilon).loss) / (2 * h);
					expect(Math.abs(numeric - g)).toBeLessThan(1e-6);
				});
			})
		);
	});
});

describe('autodiffGradient', () => {
	it('gives the closed form’s loss and gradient p − y', () => {
		fc.assert(
			fc.property(caseArb, ({ logits, target, epsilon }) => {
				const closed = lossParts(logits, target, epsilon);
				const engine = autodiffGradient(logits, target, epsilon);
				expect(engine.loss).toBeCloseTo(closed.loss, 9);
				expect(largestDifference(engine.gradient, closed.gradient)).toBeLessThan(1e-12);
			})
		);
	});
});

describe('gradientStep', () => {
	it('lowers the loss at rates up to 3 unless at the floor', () => {
		fc.assert(
			fc.property(caseArb, fc.double({ min: 0.1, max: 3, noNaN: true }), (c, rate) => {
				const before = lossParts(c.logits, c.target, c.epsilon);
				const next = gradientStep(c.logits, before.gradient, rate);
				const after = lossParts(next, c.target, c.epsilon);
				// Rounding to 0.001 may cost up to ~0.001·Σ|p − y| ≤ 0.002 nats near the minimum.
				expect(after.loss).toBeLessThanOrEqual(before.loss + 2e-3);
			})
		);
		const before = lossParts([1, 2.5, 0.5, 0, -1], 0, 0);
		const after = lossParts(gradientStep([1, 2.5, 0.5, 0, -1], before.gradient, 1), 0, 0);
		expect(after.loss).toBeLessThan(before.loss - 0.3);
	});

	it('stays inside the logit range', () => {
		expect(gradientStep([9.99, -9.99], [-1, 1], 3)).toEqual([LOGIT_RANGE[1], LOGIT_RANGE[0]]);
	});
});

describe('fitLogits', () => {
	it('pads a short link with zeros and says so', () => {
		expect(fitLogits([3])).toEqual({ logits: [3, 0], padded: true });
		expect(fitLogits([1, 2])).toEqual({ logits: [1, 2], padded: false });
	});
});
