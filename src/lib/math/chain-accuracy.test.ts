import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	chainSuccess,
	checkedStepSuccess,
	expectedAttempts,
	simulateChains
} from './chain-accuracy';
import { createRng } from './rng';

describe('chainSuccess(p, k)', () => {
	it('is pᵏ (hand-checked) and falls with every step', () => {
		expect(chainSuccess(0.9, 3)).toBeCloseTo(0.729, 12);
		expect(chainSuccess(0.95, 10)).toBeCloseTo(0.598737, 6);
		expect(chainSuccess(0.7, 0)).toBe(1);
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 0.999, noNaN: true }),
				fc.integer({ min: 0, max: 30 }),
				(p, k) => {
					expect(chainSuccess(p, k + 1)).toBeLessThanOrEqual(chainSuccess(p, k));
				}
			)
		);
	});
});

describe('checkedStepSuccess(p, c)', () => {
	it('is p / (p + (1 − p)(1 − c)) (hand-checked), p without a checker, 1 with a perfect one', () => {
		expect(checkedStepSuccess(0.9, 0.5)).toBeCloseTo(0.9 / 0.95, 12);
		expect(checkedStepSuccess(0.8, 0)).toBeCloseTo(0.8, 12);
		expect(checkedStepSuccess(0.8, 1)).toBe(1);
		expect(checkedStepSuccess(0, 1)).toBe(0);
		expect(expectedAttempts(0.9, 0.5)).toBeCloseTo(1 / 0.95, 12);
	});
	it('never lowers the step accuracy, and rises with the catch rate', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0.01, max: 0.99, noNaN: true }),
				fc.double({ min: 0, max: 0.9, noNaN: true }),
				(p, c) => {
					expect(checkedStepSuccess(p, c)).toBeGreaterThanOrEqual(p - 1e-12);
					expect(checkedStepSuccess(p, c + 0.1)).toBeGreaterThan(checkedStepSuccess(p, c));
				}
			)
		);
	});
});

describe('simulateChains(p, k, c, trials, rng)', () => {
	it('agrees with pᵏ and with the checked formula within four standard errors', () => {
		const trials = 20_000;
		for (const [p, k, c] of [
			[0.9, 5, 0],
			[0.8, 3, 0.6],
			[0.95, 12, 0.3]
		]) {
			const exact = chainSuccess(c > 0 ? checkedStepSuccess(p, c) : p, k);
			const se = Math.sqrt((exact * (1 - exact)) / trials);
			expect(Math.abs(simulateChains(p, k, c, trials, createRng(7)) - exact)).toBeLessThan(4 * se);
		}
	});
	it('replays the same draws from the same seed', () => {
		expect(simulateChains(0.7, 4, 0.5, 500, createRng(3))).toBe(
			simulateChains(0.7, 4, 0.5, 500, createRng(3))
		);
	});
});
