import {
	beamSearch,
	greedyDecode,
	type BeamSequence,
	type BeamStep,
	type NextLogProbs
} from '$lib/math/beam';
import { EOS, type NgramModel } from '$lib/math/ngram';

/**
 * The n-gram model after a prompt, as a model for beamSearch over its vocabulary ids. With
 * eos off, '</s>' is removed and the rest renormalised. Answers are cached by prefix, since
 * beam search and greedy ask for the same prefixes, and so does every other width, length or
 * penalty tried on the same prompt.
 */
export function ngramNext(model: NgramModel, context: string[], eos: boolean): NextLogProbs {
	const eosId = model.index.get(EOS)!;
	const cache = new Map<string, number[]>();
	return (prefix) => {
		const key = prefix.join(',');
		let out = cache.get(key);
		if (!out) {
			const p = model.distribution([...context, ...prefix.map((id) => model.vocab[id])]);
			const scale = eos ? 1 : 1 / (1 - p[eosId]);
			out = Array.from(p, (x, id) => (id === eosId && !eos ? -Infinity : Math.log(x * scale)));
			cache.set(key, out);
		}
		return out;
	};
}

export interface SearchRun {
	steps: BeamStep[];
	sequences: BeamSequence[];
	/** Greedy decoding on the same model, with each token's log-probability. */
	greedy: { tokens: number[]; logProbs: number[]; logProb: number };
}

/** Beam search and greedy decoding on one model, with the same stopping rules. */
export function runSearch(
	next: NextLogProbs,
	opts: { beamWidth: number; maxSteps: number; eos?: number; lengthPenalty: number }
): SearchRun {
	const { maxSteps, eos } = opts;
	const { steps, sequences } = beamSearch(next, opts);
	const { tokens, logProb } = greedyDecode(next, maxSteps, eos);
	const logProbs = tokens.map((t, i) => next(tokens.slice(0, i))[t]);
	return { steps, sequences, greedy: { tokens, logProbs, logProb } };
}
