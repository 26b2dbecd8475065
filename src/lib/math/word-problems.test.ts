import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from './rng';
import {
	applyOp,
	generateProblem,
	majorityAnswer,
	sampleChain,
	solveProblem,
	type WordProblem
} from './word-problems';

const problem: WordProblem = {
	start: 12,
	ops: [
		{ kind: 'add', amount: 5 },
		{ kind: 'sub', amount: 3 },
		{ kind: 'mul', amount: 2 },
		{ kind: 'div', amount: 4 }
	],
	name: 0,
	item: 0
};

describe('solveProblem(problem)', () => {
	it('solves a hand-checked problem step by step: 12 + 5 − 3 = 14, × 2 = 28, ÷ 4 = 7', () => {
		const { steps, answer } = solveProblem(problem);
		expect(steps.map((s) => [s.before, s.after])).toEqual([
			[12, 17],
			[17, 14],
			[14, 28],
			[28, 7]
		]);
		expect(answer).toBe(7);
		expect(steps.every((s) => !s.slip && s.attempts === 1)).toBe(true);
	});
	it('chains: each step starts where the last ended, and the answer is the operations folded', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 2 ** 32 - 1 }),
				fc.integer({ min: 1, max: 10 }),
				(seed, k) => {
					const pr = generateProblem(createRng(seed), k, 6, 6);
					const { steps, answer } = solveProblem(pr);
					expect(steps).toHaveLength(k);
					expect(steps[0].before).toBe(pr.start);
					for (let i = 1; i < k; i++) expect(steps[i].before).toBe(steps[i - 1].after);
					expect(answer).toBe(pr.ops.reduce(applyOp, pr.start));
				}
			)
		);
	});
});

describe('generateProblem(rng, steps, names, items)', () => {
	it('keeps every amount a whole number of at least 1, and replays from the seed', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 2 ** 32 - 1 }),
				fc.integer({ min: 1, max: 10 }),
				(seed, k) => {
					const pr = generateProblem(createRng(seed), k, 6, 5);
					expect(generateProblem(createRng(seed), k, 6, 5)).toEqual(pr);
					expect(pr.name).toBeLessThan(6);
					expect(pr.item).toBeLessThan(5);
					for (const s of solveProblem(pr).steps) {
						expect(Number.isInteger(s.after)).toBe(true);
						expect(s.after).toBeGreaterThanOrEqual(1);
					}
				}
			)
		);
	});
});

describe('sampleChain(problem, p, c, rng)', () => {
	it('with p = 1 is the exact chain; with p = 0 and no checker every line slips', () => {
		expect(sampleChain(problem, 1, 0, createRng(1))).toEqual(solveProblem(problem));
		const wrong = sampleChain(problem, 0, 0, createRng(1));
		expect(wrong.steps.every((s) => s.slip && s.after !== applyOp(s.before, s.op))).toBe(true);
		for (let i = 1; i < wrong.steps.length; i++)
			expect(wrong.steps[i].before).toBe(wrong.steps[i - 1].after);
	});
	it('with a perfect checker ends right, taking extra attempts', () => {
		const checked = sampleChain(problem, 0.5, 1, createRng(4));
		expect(checked.answer).toBe(7);
		expect(checked.steps.some((s) => s.attempts > 1)).toBe(true);
	});
});

describe('majorityAnswer(answers)', () => {
	it('takes the most frequent answer, the first reached on a tie', () => {
		expect(majorityAnswer([7, 8, 7, 9])).toEqual({ answer: 7, votes: 2 });
		expect(majorityAnswer([8, 7, 7, 8])).toEqual({ answer: 8, votes: 2 });
		expect(majorityAnswer([])).toBeUndefined();
	});
});
