import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dispatchTokens, expertCapacity, loadBalancingLoss, routeTokens } from './moe-routing';
import { softmax } from './softmax';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const logitRows = (experts: number) =>
	fc.array(
		fc.array(fc.double({ min: -8, max: 8, noNaN: true }), {
			minLength: experts,
			maxLength: experts
		}),
		{
			minLength: 1,
			maxLength: 30
		}
	);

describe('routeTokens(logits, k)', () => {
	it('picks the largest gates and renormalises them for k = 2', () => {
		// softmax of ln[1, 2, 3, 4] is [0.1, 0.2, 0.3, 0.4].
		const { gates, experts, weights } = routeTokens(
			[[0, Math.log(2), Math.log(3), Math.log(4)]],
			2
		);
		gates[0].forEach((g, i) => expect(g).toBeCloseTo((i + 1) / 10, 12));
		expect(experts[0]).toEqual([3, 2]);
		expect(weights[0][0]).toBeCloseTo(4 / 7, 12);
		expect(weights[0][1]).toBeCloseTo(3 / 7, 12);
	});

	it('keeps the raw gate value for k = 1 (Switch), so the router still gets a gradient', () => {
		const { experts, weights } = routeTokens([[0, Math.log(2), Math.log(3), Math.log(4)]], 1);
		expect(experts[0]).toEqual([3]);
		expect(weights[0][0]).toBeCloseTo(0.4, 12);
	});

	it('renormalised weights sum to 1 and follow the gates’ order', () => {
		fc.assert(
			fc.property(logitRows(6), fc.integer({ min: 1, max: 6 }), (logits, k) => {
				const r = routeTokens(logits, k, true);
				return r.weights.every(
					(w, t) =>
						Math.abs(sum(w) - 1) < 1e-9 &&
						w.every((x, j) => j === 0 || x <= w[j - 1] + 1e-15) &&
						r.experts[t].length === k &&
						Math.min(...r.experts[t].map((e) => r.gates[t][e])) >=
							Math.max(...r.gates[t].filter((_, e) => !r.experts[t].includes(e)), -1)
				);
			})
		);
	});
});

describe('expertCapacity(factor, tokens, k, E)', () => {
	it('is ⌈factor · tokens · k / E⌉', () => {
		expect(expertCapacity(1.25, 10, 2, 8)).toBe(4); // 3.125 → 4
		expect(expertCapacity(1, 8, 1, 4)).toBe(2); // exactly 2, not 3
		expect(expertCapacity(1.1, 10, 1, 11)).toBe(1); // 1.0000000000000002 in floats → 1
		expect(expertCapacity(0.5, 3, 1, 8)).toBe(1);
		expect(expertCapacity(2, 0, 1, 8)).toBe(0);
	});
});

describe('dispatchTokens(experts, E, capacity)', () => {
	it('drops the late tokens of a full expert (token order, k = 1)', () => {
		const d = dispatchTokens([[0], [0], [0], [1]], 2, 2);
		expect(d.kept).toEqual([[true], [true], [false], [true]]);
		expect(d.demand).toEqual([3, 1]);
		expect(d.load).toEqual([2, 1]);
		expect(d.dropped).toBe(1);
	});

	it('serves every first choice before any second choice (k = 2)', () => {
		const d = dispatchTokens(
			[
				[0, 1],
				[1, 0],
				[0, 1]
			],
			2,
			2
		);
		expect(d.kept).toEqual([
			[true, true],
			[true, false],
			[true, false]
		]);
		expect(d.dropped).toBe(2);
	});

	it('loads never exceed the capacity and kept + dropped = assignments', () => {
		fc.assert(
			fc.property(
				fc.array(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 2 }), {
					maxLength: 40
				}),
				fc.integer({ min: 0, max: 12 }),
				(experts, capacity) => {
					const d = dispatchTokens(experts, 5, capacity);
					const assignments = sum(experts.map((c) => c.length));
					const kept = sum(d.kept.map((k) => k.filter(Boolean).length));
					return (
						d.load.every((l, e) => l <= capacity && l === Math.min(d.demand[e], capacity)) &&
						kept + d.dropped === assignments
					);
				}
			)
		);
	});
});

describe('loadBalancingLoss(gates, experts, α) = α · E · Σ f_i · P_i', () => {
	it('matches the paper’s formula on a hand-computed batch', () => {
		// 4 tokens, 2 experts, top-1 picks 0, 0, 1, 0: f = [3/4, 1/4]; P = [0.6, 0.4].
		// Σ f·P = 0.45 + 0.1 = 0.55, so with α = 0.01 and E = 2 the loss is 0.011.
		const gates = [
			[0.7, 0.3],
			[0.6, 0.4],
			[0.2, 0.8],
			[0.9, 0.1]
		];
		const b = loadBalancingLoss(gates, [[0], [0], [1], [0]], 0.01);
		expect(b.f).toEqual([0.75, 0.25]);
		b.P.forEach((p, i) => expect(p).toBeCloseTo([0.6, 0.4][i], 15));
		expect(b.loss).toBeCloseTo(0.011, 15);
	});

	it('is α under uniform routing, its minimum, and α · E when everything goes to one expert', () => {
		const E = 4;
		const uniform = Array.from({ length: 8 }, () => [0.25, 0.25, 0.25, 0.25]);
		const spread = uniform.map((_, t) => [t % E]);
		expect(loadBalancingLoss(uniform, spread, 0.01).loss).toBeCloseTo(0.01, 15);
		const collapsed = Array.from({ length: 8 }, () => [1, 0, 0, 0]);
		expect(
			loadBalancingLoss(
				collapsed,
				collapsed.map(() => [0]),
				0.01
			).loss
		).toBeCloseTo(0.04, 15);
	});

	it('is α whenever the tokens are split evenly, whatever the gate probabilities', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 6 }),
				fc.integer({ min: 1, max: 5 }),
				fc.integer(),
				(E, rounds, seed) => {
					const gates = Array.from({ length: E * rounds }, (_, t) =>
						softmax(Array.from({ length: E }, (_, i) => Math.sin(seed + t * 7 + i * 3)))
					);
					const experts = gates.map((_, t) => [t % E]);
					return Math.abs(loadBalancingLoss(gates, experts, 1).loss - 1) < 1e-12;
				}
			)
		);
	});

	it('is at least α when every token has the same gates and goes to its top one', () => {
		// f is then one-hot at the argmax, so the loss is α · E · max P ≥ α, equal only when P is uniform.
		fc.assert(
			fc.property(logitRows(5), (logits) => {
				const P = softmax(logits[0]);
				const gates = logits.map(() => P);
				const b = loadBalancingLoss(
					gates,
					routeTokens(
						logits.map(() => logits[0]),
						1
					).experts,
					1
				);
				return Math.abs(b.loss - 5 * Math.max(...P)) < 1e-9 && b.loss >= 1 - 1e-9;
			})
		);
	});
});
