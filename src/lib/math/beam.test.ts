import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	beamSearch,
	exhaustiveSearch,
	greedyDecode,
	lengthPenalizedScore,
	type BeamCandidate,
	type NextLogProbs
} from './beam';
import { createRng } from './rng';

/**
 * A random model given by a table: the distribution after a prefix is drawn from an RNG seeded by
 * (seed, prefix), so it is the same no matter which prefixes were asked for before. About a fifth
 * of the tokens get probability 0 (log-prob -Infinity), but never all of them.
 */
function tableModel(seed: number, vocab: number): NextLogProbs {
	return (prefix) => {
		let h = seed ^ 0x9e3779b9;
		for (const t of [prefix.length, ...prefix]) h = Math.imul(h ^ (t + 1), 0x85ebca6b) ^ (h >>> 13);
		const rng = createRng(h);
		const w = Array.from({ length: vocab }, () => (rng() < 0.2 ? 0 : rng() + 0.01));
		if (!w.some((x) => x > 0)) w[prefix.length % vocab] = 1;
		const total = w.reduce((a, b) => a + b, 0);
		return w.map((x) => Math.log(x / total));
	};
}

/** A model from explicit probabilities per prefix ("" is the root, "0,1" the prefix [0, 1]). */
function handModel(table: Record<string, number[]>, fallback?: number[]): NextLogProbs {
	return (prefix) => {
		const p = table[prefix.join(',')] ?? fallback;
		if (!p) throw new Error(`unexpected prefix [${prefix}]`);
		return p.map(Math.log);
	};
}

const modelArb = fc.record({
	seed: fc.integer(),
	vocab: fc.integer({ min: 2, max: 5 }),
	maxSteps: fc.integer({ min: 0, max: 6 }),
	eosChoice: fc.integer({ min: -1, max: 4 })
});
const eosOf = (m: { vocab: number; eosChoice: number }) =>
	m.eosChoice < 0 || m.eosChoice >= m.vocab ? undefined : m.eosChoice;

/** Sum of the model's log-probabilities along the sequence. */
function pathLogProb(next: NextLogProbs, tokens: number[]): number {
	return tokens.reduce((s, t, i) => s + next(tokens.slice(0, i))[t], 0);
}

// Greedy's trap: A (0.6) then 0.5 / 0.5 gives 0.30; B (0.4) then 0.9 gives 0.36.
const trap = handModel({ '': [0.6, 0.4], '0': [0.5, 0.5], '1': [0.9, 0.1] });

describe('greedyDecode(next, maxSteps, eos)', () => {
	it('takes the locally best token, falling into the hand-built trap', () => {
		const { tokens, logProb } = greedyDecode(trap, 2);
		expect(tokens).toEqual([0, 0]);
		expect(logProb).toBeCloseTo(Math.log(0.3), 12);
	});

	it('stops after emitting eos', () => {
		const next = handModel({ '': [0.1, 0.9], '1': [0.2, 0.8] });
		expect(greedyDecode(next, 5, 1)).toEqual({ tokens: [1], logProb: Math.log(0.9) });
	});

	it('throws when no token is possible', () => {
		expect(() => greedyDecode(() => [-Infinity, -Infinity], 3)).toThrow(/no token a finite/);
	});
});

describe('beamSearch(next, opts)', () => {
	it('with beamWidth 1 equals greedy decoding', () => {
		fc.assert(
			fc.property(modelArb, (m) => {
				const next = tableModel(m.seed, m.vocab);
				const eos = eosOf(m);
				const greedy = greedyDecode(next, m.maxSteps, eos);
				const { sequences } = beamSearch(next, { beamWidth: 1, maxSteps: m.maxSteps, eos });
				expect(sequences).toHaveLength(1);
				expect(sequences[0].tokens).toEqual(greedy.tokens);
				expect(sequences[0].logProb).toBe(greedy.logProb);
			})
		);
	});

	it('with a width of at least the number of possible sequences equals exhaustive search', () => {
		fc.assert(
			fc.property(
				modelArb.map((m) => ({ ...m, vocab: Math.min(m.vocab, 3), maxSteps: m.maxSteps % 4 })),
				(m) => {
					const next = tableModel(m.seed, m.vocab);
					const eos = eosOf(m);
					const all = exhaustiveSearch(next, m.vocab, m.maxSteps, eos);
					const beamWidth = m.vocab ** m.maxSteps;
					const { sequences } = beamSearch(next, { beamWidth, maxSteps: m.maxSteps, eos });
					expect(sequences.map((s) => s.tokens)).toEqual(all.map((s) => s.tokens));
					expect(sequences.map((s) => s.logProb)).toEqual(all.map((s) => s.logProb));
				}
			)
		);
	});

	it('with a wide enough beam finds the best length-penalised sequence', () => {
		fc.assert(
			fc.property(modelArb, fc.double({ min: 0, max: 2, noNaN: true }), (m, alpha) => {
				const vocab = Math.min(m.vocab, 3);
				const maxSteps = m.maxSteps % 4;
				const next = tableModel(m.seed, vocab);
				const eos = m.eosChoice >= 0 && m.eosChoice < vocab ? m.eosChoice : undefined;
				const best = Math.max(
					...exhaustiveSearch(next, vocab, maxSteps, eos).map((s) =>
						lengthPenalizedScore(s.logProb, s.tokens.length, alpha)
					)
				);
				const { sequences } = beamSearch(next, {
					beamWidth: vocab ** maxSteps,
					maxSteps,
					eos,
					lengthPenalty: alpha
				});
				expect(sequences[0].score).toBeCloseTo(best, 12);
			})
		);
	});

	it('reports logProb = sum of the step log-probabilities, and scores best first', () => {
		fc.assert(
			fc.property(
				modelArb,
				fc.integer({ min: 1, max: 4 }),
				fc.double({ min: 0, max: 2, noNaN: true }),
				(m, beamWidth, alpha) => {
					const next = tableModel(m.seed, m.vocab);
					const eos = eosOf(m);
					const opts = { beamWidth, maxSteps: m.maxSteps, eos, lengthPenalty: alpha };
					const { sequences } = beamSearch(next, opts);
					expect(sequences.length).toBeGreaterThanOrEqual(1);
					expect(sequences.length).toBeLessThanOrEqual(beamWidth);
					sequences.forEach((s, i) => {
						expect(s.logProb).toBeCloseTo(pathLogProb(next, s.tokens), 12);
						expect(s.score).toBe(lengthPenalizedScore(s.logProb, s.tokens.length, alpha));
						if (i > 0) expect(s.score).toBeLessThanOrEqual(sequences[i - 1].score);
						// Finished means: ended in eos, or ran to maxSteps without one.
						const ended = s.tokens.at(-1) === eos;
						expect(ended || s.tokens.length === m.maxSteps).toBe(true);
						expect(s.tokens.slice(0, -1)).not.toContain(eos);
					});
				}
			)
		);
	});

	it('records a consistent search tree', () => {
		fc.assert(
			fc.property(modelArb, fc.integer({ min: 1, max: 4 }), (m, beamWidth) => {
				const next = tableModel(m.seed, m.vocab);
				const eos = eosOf(m);
				const { sequences, steps } = beamSearch(next, { beamWidth, maxSteps: m.maxSteps, eos });
				const nodes = new Map<number, BeamCandidate>();
				let frontier = new Set([0]);
				let finishedCount = 0;
				steps.forEach((s, i) => {
					expect(s.step).toBe(i);
					for (const c of s.candidates) {
						expect(nodes.has(c.id) || c.id === 0).toBe(false);
						nodes.set(c.id, c);
						// Only beams kept at the previous step are expanded.
						expect(frontier.has(c.parent)).toBe(true);
						const parentCum = c.parent === 0 ? 0 : nodes.get(c.parent)!.cumLogProb;
						expect(c.cumLogProb).toBe(parentCum + c.logProb);
						expect(c.token === eos && c.status === 'kept').toBe(false);
					}
					const chosen = s.candidates.filter((c) => c.status !== 'pruned');
					const pruned = s.candidates.filter((c) => c.status === 'pruned');
					expect(chosen.length).toBeLessThanOrEqual(beamWidth - finishedCount);
					// Nothing pruned beats anything chosen.
					const worstChosen = Math.min(...chosen.map((c) => c.cumLogProb));
					for (const c of pruned) expect(c.cumLogProb).toBeLessThanOrEqual(worstChosen);
					finishedCount += chosen.filter((c) => c.status === 'finished').length;
					frontier = new Set(chosen.filter((c) => c.status === 'kept').map((c) => c.id));
				});
				// Everything chosen at the last step is finished; with maxSteps 0 the root is returned.
				expect(frontier.size).toBe(m.maxSteps === 0 ? 1 : 0);
				expect(finishedCount).toBe(m.maxSteps === 0 ? 0 : sequences.length);
			})
		);
	});

	it('finds B-x (0.36) where greedy takes A-x (0.30) with beam width 2', () => {
		const { sequences, steps } = beamSearch(trap, { beamWidth: 2, maxSteps: 2 });
		expect(sequences.map((s) => s.tokens)).toEqual([
			[1, 0],
			[0, 0]
		]);
		expect(sequences[0].logProb).toBeCloseTo(Math.log(0.36), 12);
		expect(sequences[1].logProb).toBeCloseTo(Math.log(0.3), 12);
		expect(steps[0].candidates.map((c) => [c.id, c.parent, c.token, c.status])).toEqual([
			[1, 0, 0, 'kept'],
			[2, 0, 1, 'kept']
		]);
		// tie at 0.30; the lower token id survives.
		expect(steps[1].candidates.map((c) => [c.id, c.parent, c.token, c.status])).toEqual([
			[3, 1, 0, 'finished'],
			[4, 1, 1, 'pruned'],
			[5, 2, 0, 'finished'],
			[6, 2, 1, 'pruned']
		]);
		expect(steps[1].candidates[2].logProb).toBeCloseTo(Math.log(0.9), 12);
		expect(steps[1].candidates[2].cumLogProb).toBeCloseTo(Math.log(0.36), 12);
	});

	it('removes sequences ending in eos from the beam and stops once the beam is empty', () => {
		// Tokens: 0 = a, 1 = b, 2 = eos. Nothing may ever be asked to continue past eos.
		const next = handModel(
			{ '': [0.5, 0.3, 0.2], '0': [0.1, 0.2, 0.7], '1': [0.6, 0.3, 0.1] },
			[0.2, 0.2, 0.6]
		);
		const asked: number[][] = [];
		const spy: NextLogProbs = (p) => {
			asked.push(p);
			return next(p);
		};
		const { sequences, steps } = beamSearch(spy, { beamWidth: 2, maxSteps: 10, eos: 2 });
		expect(asked.every((p) => !p.includes(2))).toBe(true);
		expect(sequences.map((s) => s.tokens)).toEqual([
			[0, 2],
			[1, 0, 2]
		]);
		expect(sequences[0].logProb).toBeCloseTo(Math.log(0.35), 12);
		expect(sequences[1].logProb).toBeCloseTo(Math.log(0.108), 12);
		// a-eos finishes at step 1 and takes a slot, so step 2 keeps only one candidate.
		expect(steps.map((s) => s.candidates.map((c) => c.status))).toEqual([
			['kept', 'kept'],
			['finished', 'pruned', 'kept', 'pruned'],
			['finished', 'pruned']
		]);
		expect(steps[1].candidates.map((c) => c.token)).toEqual([2, 1, 0, 1]);
	});

	it('changes the ranking with a length penalty in a hand-built case', () => {
		// Tokens: 0 = a, 1 = eos. [eos] has p = 0.4; [a, eos] has 0.6 · 0.6 = 0.36.
		const next = handModel({ '': [0.6, 0.4], '0': [0.4, 0.6] });
		const run = (lengthPenalty: number) =>
			beamSearch(next, { beamWidth: 2, maxSteps: 2, eos: 1, lengthPenalty }).sequences;
		const raw = run(0);
		expect(raw.map((s) => s.tokens)).toEqual([[1], [0, 1]]);
		expect(raw[0].score).toBeCloseTo(Math.log(0.4), 12);
		// α = 1: ln 0.36 / 2 = −0.51 beats ln 0.4 / 1 = −0.92.
		const penalised = run(1);
		expect(penalised.map((s) => s.tokens)).toEqual([[0, 1], [1]]);
		expect(penalised[0].score).toBeCloseTo(Math.log(0.36) / 2, 12);
		expect(penalised[0].logProb).toBeCloseTo(Math.log(0.36), 12);
	});

	it('breaks ties deterministically: earlier beam first, then lower token id', () => {
		const uniform: NextLogProbs = () => [1, 1, 1].map(() => Math.log(1 / 3));
		const { sequences, steps } = beamSearch(uniform, { beamWidth: 2, maxSteps: 2 });
		expect(sequences.map((s) => s.tokens)).toEqual([
			[0, 0],
			[0, 1]
		]);
		expect(steps[0].candidates.map((c) => c.token)).toEqual([0, 1]);
		expect(steps[1].candidates.map((c) => [c.parent, c.token, c.status])).toEqual([
			[1, 0, 'finished'],
			[1, 1, 'finished'],
			[2, 0, 'pruned'],
			[2, 1, 'pruned']
		]);
		expect(beamSearch(uniform, { beamWidth: 2, maxSteps: 2 })).toEqual({ sequences, steps });
	});

	it('expands each beam to its k best tokens in order, ties to the lower id, as a full sort ranks them', () => {
		// Few distinct values, so ties are common.
		const lp = fc.oneof(fc.constant(-Infinity), fc.constantFrom(-0.5, -1, -2, -3));
		fc.assert(
			fc.property(
				fc.array(lp, { minLength: 1, maxLength: 12 }),
				fc.integer({ min: 1, max: 6 }),
				(row, k) => {
					fc.pre(row.some(Number.isFinite));
					const { steps } = beamSearch(() => row, { beamWidth: k, maxSteps: 1 });
					const ranked = row
						.map((v, t) => ({ v, t }))
						.filter(({ v }) => Number.isFinite(v))
						.sort((a, b) => b.v - a.v || a.t - b.t)
						.slice(0, k)
						.map(({ t }) => t);
					expect(steps[0].candidates.map((c) => c.token)).toEqual(ranked);
				}
			)
		);
	});

	it('never expands impossible tokens', () => {
		const next = handModel({ '': [0, 1, 0] }, [0.5, 0, 0.5]);
		const { sequences, steps } = beamSearch(next, { beamWidth: 3, maxSteps: 2 });
		expect(steps[0].candidates.map((c) => c.token)).toEqual([1]);
		expect(sequences.map((s) => s.tokens)).toEqual([
			[1, 0],
			[1, 2]
		]);
	});

	it('returns the empty sequence for maxSteps 0', () => {
		expect(beamSearch(trap, { beamWidth: 3, maxSteps: 0 })).toEqual({
			sequences: [{ tokens: [], logProb: 0, score: 0 }],
			steps: []
		});
	});

	it('rejects invalid options and dead ends', () => {
		expect(() => beamSearch(trap, { beamWidth: 0, maxSteps: 2 })).toThrow(/beamWidth must be/);
		expect(() => beamSearch(trap, { beamWidth: 2, maxSteps: -1 })).toThrow(/maxSteps must be/);
		expect(() => beamSearch(() => [-Infinity], { beamWidth: 2, maxSteps: 1 })).toThrow(
			/no token a finite/
		);
	});
});

describe('exhaustiveSearch(next, vocabSize, maxSteps, eos)', () => {
	it('lists every sequence of the hand-built model, most probable first', () => {
		const all = exhaustiveSearch(trap, 2, 2);
		expect(all.map((s) => s.tokens)).toEqual([
			[1, 0],
			[0, 0],
			[0, 1],
			[1, 1]
		]);
		expect(all.map((s) => Math.exp(s.logProb))).toEqual(
			[0.36, 0.3, 0.3, 0.04].map((p) => expect.closeTo(p, 12))
		);
	});

	it('stops sequences at eos and skips impossible tokens', () => {
		const next = handModel({ '': [0.5, 0, 0.5] }, [0.25, 0.75, 0]);
		const all = exhaustiveSearch(next, 3, 2, 2);
		expect(all.map((s) => s.tokens)).toEqual([[2], [0, 1], [0, 0]]);
	});

	it('gives probabilities summing to 1 over all sequences', () => {
		fc.assert(
			fc.property(modelArb, (m) => {
				const steps = m.maxSteps % 4;
				const all = exhaustiveSearch(tableModel(m.seed, m.vocab), m.vocab, steps, eosOf(m));
				expect(all.reduce((s, x) => s + Math.exp(x.logProb), 0)).toBeCloseTo(1, 12);
			})
		);
	});
});
