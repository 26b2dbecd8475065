import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	denseRow,
	fitLogisticNewton,
	logisticLoss,
	logisticProbability,
	sigmoid,
	trainLogisticGD,
	type LogisticModel,
	type SparseRow
} from './logistic-regression';

const points = [
	[0, 0],
	[1, 0.5],
	[2, 1],
	[0.5, 2],
	[2.5, 2.5],
	[3, 0]
];
const labels = [0, 0, 1, 0, 1, 1];

describe('logisticLoss(model, rows, labels, l2)', () => {
	it('at w = 0, b = 0 every p is ½: the loss is log 2 and ∂L/∂b = ½ − (share of ones)', () => {
		const { loss, gradBias } = logisticLoss(
			{ weights: [0, 0], bias: 0 },
			points.map(denseRow),
			labels,
			0
		);
		expect(loss).toBeCloseTo(Math.LN2, 12);
		expect(gradBias).toBeCloseTo(0.5 - 3 / 6, 12);
	});
	it('its gradient matches central finite differences (random models, penalties, sparse rows)', () => {
		const row = fc.record({
			indices: fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 5 }),
			seed: fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 5, maxLength: 5 })
		});
		fc.assert(
			fc.property(
				fc.array(fc.tuple(row, fc.integer({ min: 0, max: 1 })), { minLength: 1, maxLength: 8 }),
				fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 5, maxLength: 5 }),
				fc.double({ min: -2, max: 2, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(data, weights, bias, l2) => {
					const rows: SparseRow[] = data.map(([r]) => ({
						indices: r.indices,
						values: r.indices.map((_, k) => r.seed[k])
					}));
					const ys = data.map(([, y]) => y);
					const model: LogisticModel = { weights, bias };
					const { gradWeights, gradBias } = logisticLoss(model, rows, ys, l2);
					const h = 1e-6;
					const at = (m: LogisticModel) => logisticLoss(m, rows, ys, l2).loss;
					const numeric = weights.map(
						(_, k) =>
							(at({ weights: weights.map((w, j) => (j === k ? w + h : w)), bias }) -
								at({ weights: weights.map((w, j) => (j === k ? w - h : w)), bias })) /
							(2 * h)
					);
					const numericBias =
						(at({ weights, bias: bias + h }) - at({ weights, bias: bias - h })) / (2 * h);
					return (
						numeric.every((g, k) => Math.abs(g - gradWeights[k]) < 1e-6) &&
						Math.abs(numericBias - gradBias) < 1e-6
					);
				}
			),
			{ seed: 6, numRuns: 60 }
		);
	});
});

describe('fitLogisticNewton(points, labels, l2)', () => {
	it('converges in a handful of steps to a zero gradient', () => {
		const { model, steps } = fitLogisticNewton(points, labels, 0.01);
		expect(steps).toBeLessThan(15);
		const { gradWeights, gradBias } = logisticLoss(model, points.map(denseRow), labels, 0.01);
		for (const g of [...gradWeights, gradBias]) expect(Math.abs(g)).toBeLessThan(1e-9);
	});
	it('agrees with long gradient descent on the same penalised loss', () => {
		const newton = fitLogisticNewton(points, labels, 0.1).model;
		const gd = trainLogisticGD(points.map(denseRow), labels, 2, {
			steps: 20_000,
			rate: 0.5,
			l2: 0.1
		}).model;
		newton.weights.forEach((w, k) => expect(gd.weights[k]).toBeCloseTo(w, 4));
		expect(gd.bias).toBeCloseTo(newton.bias, 4);
	});
	it('stays finite on separable data thanks to the penalty, and separates it', () => {
		const xs = [[-2], [-1], [1], [2]];
		const ys = [0, 0, 1, 1];
		const { model } = fitLogisticNewton(xs, ys, 0.01);
		expect(Number.isFinite(model.weights[0])).toBe(true);
		xs.forEach((x, i) => expect(logisticProbability(model, denseRow(x)) > 0.5).toBe(ys[i] === 1));
	});
});

describe('trainLogisticGD(rows, labels, dimension, options)', () => {
	it('the loss never rises with a small enough step (convex, rate below 2 / curvature)', () => {
		const { losses } = trainLogisticGD(points.map(denseRow), labels, 2, {
			steps: 200,
			rate: 0.3,
			l2: 0.01
		});
		expect(losses[0]).toBeCloseTo(Math.LN2, 12);
		losses.slice(1).forEach((l, i) => expect(l).toBeLessThanOrEqual(losses[i] + 1e-15));
	});
});

describe('sigmoid(z)', () => {
	it('is ½ at 0, symmetric, and finite far out', () => {
		expect(sigmoid(0)).toBe(0.5);
		expect(sigmoid(3) + sigmoid(-3)).toBeCloseTo(1, 15);
		expect(sigmoid(-1000)).toBe(0);
		expect(sigmoid(1000)).toBe(1);
	});
});
