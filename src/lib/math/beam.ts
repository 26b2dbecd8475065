/**
 * Greedy decoding, beam search (with a full record of the search tree) and, for checking them,
 * exhaustive search. A model is a function from a prefix of token ids to natural-log
 * probabilities over the vocabulary; -Infinity marks an impossible token.
 */
import { checkSize } from './check-size';
import { topKIndices } from './order';

export type NextLogProbs = (prefix: number[]) => number[];

export interface BeamOptions {
	beamWidth: number;
	maxSteps: number;
	/** End-of-sequence token: a candidate ending in it is finished and leaves the beam. */
	eos?: number;
	/** α in score = logProb / length^α (default 0: score = logProb). */
	lengthPenalty?: number;
}

export interface BeamSequence {
	tokens: number[];
	/** Sum of the chosen tokens' log-probabilities. */
	logProb: number;
	score: number;
}

export interface BeamCandidate {
	/** Node id of the prefix this candidate extends (0 = the empty root). */
	parent: number;
	/** Node id of this candidate, unique across the whole search. */
	id: number;
	token: number;
	/** This token's log-probability given the parent prefix. */
	logProb: number;
	cumLogProb: number;
	score: number;
	/** 'finished': ended in eos or reached maxSteps, so it is one of the returned sequences. */
	status: 'kept' | 'pruned' | 'finished';
}

export interface BeamStep {
	/** 0-based; candidates at step i hold i + 1 tokens. */
	step: number;
	/** In expansion order: by beam (best beam first), then by that beam's ranking of tokens. */
	candidates: BeamCandidate[];
}

/**
 * Length-normalised score, the simplified GNMT / Hugging Face convention:
 * score = logProb / length^α, where length counts generated tokens including eos.
 * α = 0 ranks by raw log-probability; α > 0 divides the (negative) log-probability of longer
 * sequences by more, offsetting beam search's bias towards short outputs.
 * The empty sequence (length 0) scores its logProb.
 */
export function lengthPenalizedScore(logProb: number, length: number, alpha: number): number {
	return length === 0 || alpha === 0 ? logProb : logProb / Math.pow(length, alpha);
}

/**
 * The up-to-k tokens with finite log-probability, best first, ties to the lower token id. One
 * pass (topKIndices): a step looks at a few tokens of a large vocabulary.
 */
function topTokens(name: string, logProbs: number[], k: number): number[] {
	const top = topKIndices(logProbs, k, (t) => Number.isFinite(logProbs[t]));
	if (top.length === 0) {
		throw new Error(`${name}: next() gave no token a finite log-probability`);
	}
	return top;
}

/**
 * Beam search. Each step expands every live beam to its top beamWidth tokens; of all those
 * candidates the best (by cumulative log-probability, which at a fixed step ranks the same as
 * score) fill the free slots and the rest are pruned. Ties go to the earlier (better) beam, then
 * the lower token id. A chosen candidate ending in eos is finished and permanently takes one of
 * the beamWidth slots, so the beam shrinks as sequences finish and the search stops early once it
 * is empty; candidates chosen at the last step are finished too. The finished sequences, at most
 * beamWidth, are returned best score first.
 */
export function beamSearch(
	next: NextLogProbs,
	opts: BeamOptions
): { sequences: BeamSequence[]; steps: BeamStep[] } {
	const { beamWidth, maxSteps, eos, lengthPenalty = 0 } = opts;
	checkSize('beamSearch', 'beamWidth', beamWidth, 1);
	checkSize('beamSearch', 'maxSteps', maxSteps, 0);

	interface Beam {
		id: number;
		tokens: number[];
		logProb: number;
	}
	let live: Beam[] = [{ id: 0, tokens: [], logProb: 0 }];
	const finished: BeamSequence[] = [];
	const steps: BeamStep[] = [];
	let nextId = 1;

	for (let step = 0; step < maxSteps && live.length > 0; step++) {
		const pool: { beam: Beam; candidate: BeamCandidate }[] = [];
		for (const beam of live) {
			const logProbs = next(beam.tokens);
			for (const token of topTokens('beamSearch', logProbs, beamWidth)) {
				const cumLogProb = beam.logProb + logProbs[token];
				pool.push({
					beam,
					candidate: {
						parent: beam.id,
						id: nextId++,
						token,
						logProb: logProbs[token],
						cumLogProb,
						score: lengthPenalizedScore(cumLogProb, step + 1, lengthPenalty),
						status: 'pruned'
					}
				});
			}
		}
		// Array.prototype.sort is stable, so ties keep the expansion order.
		const chosen = [...pool]
			.sort((a, b) => b.candidate.cumLogProb - a.candidate.cumLogProb)
			.slice(0, beamWidth - finished.length);
		live = [];
		for (const { beam, candidate } of chosen) {
			const tokens = [...beam.tokens, candidate.token];
			if (candidate.token === eos || step === maxSteps - 1) {
				candidate.status = 'finished';
				finished.push({ tokens, logProb: candidate.cumLogProb, score: candidate.score });
			} else {
				candidate.status = 'kept';
				live.push({ id: candidate.id, tokens, logProb: candidate.cumLogProb });
			}
		}
		steps.push({ step, candidates: pool.map((p) => p.candidate) });
	}
	// Only reached with maxSteps = 0: the empty root is the one sequence.
	for (const beam of live) finished.push({ tokens: beam.tokens, logProb: beam.logProb, score: 0 });

	return { sequences: finished.sort((a, b) => b.score - a.score), steps };
}

/** Take the most probable token at each step (ties to the lower id) until eos or maxSteps. */
export function greedyDecode(
	next: NextLogProbs,
	maxSteps: number,
	eos?: number
): { tokens: number[]; logProb: number } {
	checkSize('greedyDecode', 'maxSteps', maxSteps, 0);
	const tokens: number[] = [];
	let logProb = 0;
	while (tokens.length < maxSteps) {
		const logProbs = next(tokens);
		const [token] = topTokens('greedyDecode', logProbs, 1);
		tokens.push(token);
		logProb += logProbs[token];
		if (token === eos) break;
	}
	return { tokens, logProb };
}

/**
 * Every complete sequence (ended by eos or by reaching maxSteps) with a finite log-probability,
 * most probable first. Calls next() once per prefix: vocabSize^maxSteps grows fast, so only for
 * tests and tiny demos.
 */
export function exhaustiveSearch(
	next: NextLogProbs,
	vocabSize: number,
	maxSteps: number,
	eos?: number
): { tokens: number[]; logProb: number }[] {
	checkSize('exhaustiveSearch', 'vocabSize', vocabSize, 1);
	checkSize('exhaustiveSearch', 'maxSteps', maxSteps, 0);
	const out: { tokens: number[]; logProb: number }[] = [];
	const walk = (tokens: number[], logProb: number): void => {
		if (tokens.length === maxSteps) {
			out.push({ tokens, logProb });
			return;
		}
		const logProbs = next(tokens).slice(0, vocabSize);
		if (!logProbs.some(Number.isFinite)) {
			throw new Error('exhaustiveSearch: next() gave no token a finite log-probability');
		}
		logProbs.forEach((lp, token) => {
			if (!Number.isFinite(lp)) return;
			if (token === eos) out.push({ tokens: [...tokens, token], logProb: logProb + lp });
			else walk([...tokens, token], logProb + lp);
		});
	};
	walk([], 0);
	return out.sort((a, b) => b.logProb - a.logProb);
}
