import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradientError, randn, Tensor } from './autodiff';
import { distillationLoss, softTargets } from './distillation-loss';
import { createRng, randomInt } from './rng';

const LN3 = Math.log(3);

/** The gradient of the loss with respect to the student logits. */
function gradOf(student: number[], teacher: number[], labels: number[], T: number, alpha: number) {
	const z = Tensor.from(student, [labels.length, student.length / labels.length], {
		requiresGrad: true
	});
	distillationLoss(z, teacher, labels, { temperature: T, alpha }).backward();
	return Array.from(z.grad!);
}
const norm = (v: number[]) => Math.hypot(...v);

describe('softTargets(logits, classes, T)', () => {
	it('softens each row: logits (ln 3, 0) give (3/4, 1/4) at T = 1 and (√3, 1)/(√3 + 1) at T = 2', () => {
		const one = softTargets([LN3, 0, 0, 0], 2, 1);
		[0.75, 0.25, 0.5, 0.5].forEach((v, i) => expect(one[i]).toBeCloseTo(v, 15));
		const two = softTargets([LN3, 0], 2, 2);
		expect(two[0]).toBeCloseTo(Math.sqrt(3) / (Math.sqrt(3) + 1), 15);
		expect(() => softTargets([1, 2, 3], 2, 1)).toThrow(/rows of 2/);
	});
});

describe('distillationLoss(student, teacher, labels, { temperature, alpha })', () => {
	const student = () => Tensor.from([0, 0], [1, 2], { requiresGrad: true });

	it('matches values worked by hand', () => {
		// Student (0, 0): q = (½, ½) at any T. Teacher (ln 3, 0). Label 0: hard CE = ln 2.
		const at = (temperature: number, alpha: number) =>
			distillationLoss(student(), [LN3, 0], [0], { temperature, alpha }).item();
		// T = 1: KL = ¾ ln(¾ / ½) + ¼ ln(¼ / ½) = ¾ ln 3 − ln 2.
		const kl1 = 0.75 * LN3 - Math.LN2;
		expect(at(1, 1)).toBeCloseTo(kl1, 14);
		expect(at(1, 0)).toBeCloseTo(Math.LN2, 14);
		expect(at(1, 0.25)).toBeCloseTo(0.25 * kl1 + 0.75 * Math.LN2, 14);
		// T = 2: p = (√3, 1)/(√3 + 1); T²·KL = 4(ln 2 + Σ p ln p) ≈ 0.145363.
		const p = [Math.sqrt(3) / (Math.sqrt(3) + 1), 1 / (Math.sqrt(3) + 1)];
		expect(at(2, 1)).toBeCloseTo(
			4 * (Math.LN2 + p[0] * Math.log(p[0]) + p[1] * Math.log(p[1])),
			14
		);
		expect(at(2, 1)).toBeCloseTo(0.145363, 6);
		// The hard term always uses T = 1.
		expect(at(2, 0)).toBeCloseTo(Math.LN2, 14);
	});

	it('is 0 with soft targets only when the student copies the teacher, and averages over rows', () => {
		const logits = [2, -1, 0.5, 0, 3, 1];
		const z = Tensor.from(logits, [2, 3]);
		expect(distillationLoss(z, logits, [0, 1], { temperature: 4, alpha: 1 }).item()).toBeCloseTo(
			0,
			14
		);
		const rowA = distillationLoss(Tensor.from([0, 0], [1, 2]), [LN3, 0], [0], {
			temperature: 3,
			alpha: 0.5
		}).item();
		const rowB = distillationLoss(Tensor.from([1, 0], [1, 2]), [0, 2], [1], {
			temperature: 3,
			alpha: 0.5
		}).item();
		const both = distillationLoss(Tensor.from([0, 0, 1, 0], [2, 2]), [LN3, 0, 0, 2], [0, 1], {
			temperature: 3,
			alpha: 0.5
		}).item();
		expect(both).toBeCloseTo((rowA + rowB) / 2, 14);
	});

	it('has the gradient α·T·(q_T − p_T)/N + (1 − α)·(q_1 − onehot)/N', () => {
		const [T, alpha] = [3, 0.6];
		const g = gradOf([0, 0], [LN3, 0], [1], T, alpha);
		const p = softTargets([LN3, 0], 2, T);
		expect(g[0]).toBeCloseTo(alpha * T * (0.5 - p[0]) + (1 - alpha) * 0.5, 14);
		expect(g[1]).toBeCloseTo(alpha * T * (0.5 - p[1]) + (1 - alpha) * -0.5, 14);
	});

	it('agrees with central differences (gradientError)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 4 }),
				fc.integer({ min: 2, max: 5 }),
				fc.integer(),
				fc.constantFrom(0.5, 1, 2.5, 8),
				fc.constantFrom(0, 0.3, 0.9, 1),
				(n, c, seed, temperature, alpha) => {
					const rng = createRng(seed);
					const z = randn([n, c], 2, rng);
					const teacher = Array.from(randn([n, c], 3, rng).data);
					const labels = Array.from({ length: n }, () => randomInt(rng, c));
					const f = () => distillationLoss(z, teacher, labels, { temperature, alpha });
					expect(gradientError(f, [z])).toBeLessThan(1e-7);
				}
			),
			{ numRuns: 60 }
		);
	});

	it('keeps the soft gradient comparable across T thanks to T², where without it it falls like 1/T²', () => {
		// Fixed logits; at high T the soft gradient tends to (z_s − z_t − mean)/(C·N), whatever T.
		const s = [1.5, -0.5, 0.2, -1.2];
		const te = [3, 1, -1, -3];
		const temperatures = [1, 2, 5, 10, 20, 40];
		const grads = temperatures.map((T) => norm(gradOf(s, te, [0], T, 1)));
		const d = s.map((v, i) => v - te[i]);
		const mean = d.reduce((a, b) => a + b) / d.length;
		const limit = norm(d.map((v) => (v - mean) / d.length));
		// From T = 10 to T = 40 the magnitude stays within 4 % of that limit (0.734, 0.748, 0.753 vs 0.757) …
		for (const g of grads.slice(3)) expect(Math.abs(g / limit - 1)).toBeLessThan(0.04);
		// … and from T = 2 on, within a factor of 1.5 of it.
		for (const g of grads.slice(1)) expect(limit / g).toBeLessThan(1.5);
		// Without T² the term's gradient at T = 20 would be over 100 times smaller than at T = 1.
		expect(grads[4] / 20 ** 2 / grads[0]).toBeLessThan(1 / 100);
	});

	it('is at least 0, and unchanged by a constant added to a row of student logits (property)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 3, maxLength: 3 }),
				fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 3, maxLength: 3 }),
				fc.integer({ min: 0, max: 2 }),
				fc.double({ min: 0.1, max: 20, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.double({ min: -10, max: 10, noNaN: true }),
				(s, te, label, temperature, alpha, shift) => {
					const o = { temperature, alpha };
					const base = distillationLoss(Tensor.from(s, [1, 3]), te, [label], o).item();
					const moved = distillationLoss(
						Tensor.from(
							s.map((v) => v + shift),
							[1, 3]
						),
						te,
						[label],
						o
					).item();
					expect(base).toBeGreaterThanOrEqual(-1e-12);
					expect(moved).toBeCloseTo(base, 9);
				}
			)
		);
	});

	it('rejects a bad temperature, a weight outside [0, 1] and mismatched shapes', () => {
		const z = Tensor.from([0, 0], [1, 2]);
		expect(() => distillationLoss(z, [0, 0], [0], { temperature: 0, alpha: 1 })).toThrow(
			/temperature/
		);
		expect(() => distillationLoss(z, [0, 0], [0], { temperature: 1, alpha: 1.5 })).toThrow(/alpha/);
		expect(() => distillationLoss(z, [0, 0, 0], [0], { temperature: 1, alpha: 1 })).toThrow(
			/differ/
		);
	});
});
