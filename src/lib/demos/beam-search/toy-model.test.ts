import { describe, expect, it } from 'vitest';
import { beamSearch, greedyDecode } from '$lib/math/beam';
import {
	TOY_EOS,
	TOY_WEIGHTS,
	siblingProbs,
	toyLabels,
	toyModel,
	toyNodes,
	toyRoots,
	toyWeights
} from './toy-model';

const words = (tokens: number[]) => tokens.map((t) => toyLabels('en')[t]).join(' ');

describe('the toy tree', () => {
	it('has one weight per node and labels in both languages', () => {
		expect(TOY_WEIGHTS).toHaveLength(toyNodes.length);
		expect(toyRoots.map((n) => n.label.en)).toEqual(['nice', 'dog', 'car']);
		expect(toyLabels('zh')).toHaveLength(toyLabels('en').length);
		expect(toyNodes.every((n) => n.children.length === 0 || n.token !== TOY_EOS)).toBe(true);
	});

	it('takes weights from the hash only when they fit the tree', () => {
		expect(toyWeights([1, 2])).toEqual([...TOY_WEIGHTS]);
		const mine = TOY_WEIGHTS.map((_, i) => i);
		expect(toyWeights(mine)).toEqual(mine);
	});
});

describe('siblingProbs(group, weights, eos)', () => {
	const car = toyRoots[2].children; // drives 50, is 30, ⏎ 20
	it('normalises the weights, and without eos renormalises the rest', () => {
		expect(siblingProbs(car, TOY_WEIGHTS, true)).toEqual([0.5, 0.3, 0.2]);
		const noEos = siblingProbs(car, TOY_WEIGHTS, false);
		expect(noEos[0]).toBeCloseTo(0.625, 12);
		expect(noEos[2]).toBe(0);
	});
	it('treats all-zero weights as equal', () => {
		const zero = TOY_WEIGHTS.map(() => 0);
		expect(siblingProbs(toyRoots, zero, true)).toEqual([1 / 3, 1 / 3, 1 / 3]);
	});
});

describe('toyModel(weights, eos)', () => {
	const next = toyModel(TOY_WEIGHTS, true);

	it('gives log-probabilities over every token id, finite only for the children', () => {
		const root = next([]);
		expect(root.filter(Number.isFinite)).toHaveLength(3);
		expect(root.reduce((s, lp) => s + (Number.isFinite(lp) ? Math.exp(lp) : 0), 0)).toBeCloseTo(
			1,
			12
		);
		// Past the tree only ⏎ is possible.
		const dogHasA = [toyRoots[1], toyRoots[1].children[0], toyRoots[1].children[0].children[0]];
		expect(next(dogHasA.map((n) => n.token))[TOY_EOS]).toBe(0);
	});

	it('is the preset trap: greedy takes "nice", beam search of width 2 finds "dog has a"', () => {
		const greedy = greedyDecode(next, 3, TOY_EOS);
		expect(words(greedy.tokens)).toBe('nice woman ⏎');
		expect(greedy.logProb).toBeCloseTo(Math.log(0.5 * 0.4 * 0.5), 12);
		const { sequences } = beamSearch(next, { beamWidth: 2, maxSteps: 3, eos: TOY_EOS });
		expect(words(sequences[0].tokens)).toBe('dog has a');
		expect(sequences[0].logProb).toBeCloseTo(Math.log(0.4 * 0.9 * 0.5), 12);
		expect(sequences[0].logProb).toBeGreaterThan(greedy.logProb);
	});

	it('never emits ⏎ with eos off', () => {
		const { sequences } = beamSearch(toyModel(TOY_WEIGHTS, false), {
			beamWidth: 10,
			maxSteps: 3
		});
		for (const s of sequences) expect(s.tokens).not.toContain(TOY_EOS);
	});
});
