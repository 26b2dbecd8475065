/**
 * Multi-step arithmetic word problems drawn from a seed, and an exact solver that writes its
 * reasoning as a chain, one line per step. A problem is a start amount and a list of operations
 * (gain, lose, multiply, share); its wording in each language is left to the page. The solver reads
 * this structure, not the wording: it stands in for a model's chain of thought, it is not one.
 */
import { randomInt, type Rng } from './rng';

export type OpKind = 'add' | 'sub' | 'mul' | 'div';
export interface Op {
	kind: OpKind;
	amount: number;
}

export interface WordProblem {
	start: number;
	ops: Op[];
	/** Which name and which item the wording uses (indices into the page's lists). */
	name: number;
	item: number;
}

/** One line of a chain: the operation, the number it started from and the one it wrote down. */
export interface ChainStep {
	op: Op;
	before: number;
	after: number;
	/** Whether the line is wrong where it stands: after ≠ op(before). */
	slip: boolean;
	/** Attempts the step took (more than 1 when a checker sent it back). */
	attempts: number;
}

export function applyOp(x: number, op: Op): number {
	switch (op.kind) {
		case 'add':
			return x + op.amount;
		case 'sub':
			return x - op.amount;
		case 'mul':
			return x * op.amount;
		case 'div':
			return x / op.amount;
	}
}

/** The operations possible from amount x that keep every amount a whole number ≥ 1. */
function nextOp(x: number, rng: Rng): Op {
	const options: (() => Op)[] = [() => ({ kind: 'add', amount: 2 + randomInt(rng, 14) })];
	if (x >= 4)
		options.push(() => ({ kind: 'sub', amount: 2 + randomInt(rng, Math.min(x - 3, 12)) }));
	if (x <= 40) options.push(() => ({ kind: 'mul', amount: 2 + randomInt(rng, 2) }));
	const divisors = [2, 3, 4, 5].filter((d) => x % d === 0 && x / d >= 2);
	if (divisors.length > 0)
		options.push(() => ({ kind: 'div', amount: divisors[randomInt(rng, divisors.length)] }));
	return options[randomInt(rng, options.length)]();
}

/** A problem of `steps` operations from the rng; names and items are drawn from counts given. */
export function generateProblem(
	rng: Rng,
	steps: number,
	names: number,
	items: number
): WordProblem {
	const start = 6 + randomInt(rng, 25);
	const ops: Op[] = [];
	let x = start;
	for (let i = 0; i < steps; i++) {
		const op = nextOp(x, rng);
		ops.push(op);
		x = applyOp(x, op);
	}
	return { start, ops, name: randomInt(rng, names), item: randomInt(rng, items) };
}

/** The exact chain: every step applied in turn; its last `after` is the answer. */
export function solveProblem(problem: WordProblem): { steps: ChainStep[]; answer: number } {
	let x = problem.start;
	const steps = problem.ops.map((op) => {
		const after = applyOp(x, op);
		const step = { op, before: x, after, slip: false, attempts: 1 };
		x = after;
		return step;
	});
	return { steps, answer: x };
}

/**
 * A chain sampled under the error model: each attempt at a step is right with probability p;
 * a wrong attempt writes the right result off by a small nonzero amount (±1 … ±3). A checker
 * catches a wrong attempt with probability c and the step is attempted again. Later steps work
 * on whatever was written, so a slip carries through to the answer.
 */
export function sampleChain(
	problem: WordProblem,
	p: number,
	c: number,
	rng: Rng
): { steps: ChainStep[]; answer: number } {
	let x = problem.start;
	const steps = problem.ops.map((op) => {
		const right = applyOp(x, op);
		let attempts = 0;
		let after: number;
		for (;;) {
			attempts++;
			if (rng() < p) {
				after = right;
				break;
			}
			const off = (1 + randomInt(rng, 3)) * (rng() < 0.5 ? -1 : 1);
			after = right + off;
			if (attempts >= 100 || rng() >= c) break;
		}
		const step = { op, before: x, after, slip: after !== right, attempts };
		x = after;
		return step;
	});
	return { steps, answer: x };
}

/**
 * The most frequent answer among chains (ties go to the one reached first) and its votes.
 * Answers are compared to 9 decimals, as a fractional share may be written down after a slip.
 */
export function majorityAnswer(answers: number[]): { answer: number; votes: number } | undefined {
	const counts = new Map<string, { answer: number; votes: number }>();
	for (const a of answers) {
		const key = a.toFixed(9);
		const entry = counts.get(key);
		if (entry) entry.votes++;
		else counts.set(key, { answer: a, votes: 1 });
	}
	let best: { answer: number; votes: number } | undefined;
	for (const entry of counts.values()) if (!best || entry.votes > best.votes) best = entry;
	return best;
}
