import {
	beamSearch,
	greedyDecode,
	type BeamSequence,
	type BeamStep,
	type NextLogProbs
} from '$lib/math/beam';
import { EOS, type NgramModel } from '$lib/math/ngram';

/**
 * Keeps the k largest log-probabilities and sets the rest to -Infinity. Beam search of width k
 * only ever looks at each beam's k best tokens, and greedy at one, so masking the rest changes no
 * result; it spares sorting the whole vocabulary for every beam at every step.
 */
export function keepTop(logProbs: ArrayLike<number>, k: number): number[] {
	const top: number[] = [];
	for (let t = 0; t < logProbs.length; t++) {
		const v = logProbs[t];
		if (!(v > -Infinity)) continue;
		if (top.length === k && v <= logProbs[top[k - 1]]) continue;
		let i = Math.min(top.length, k - 1);
		while (i > 0 && logProbs[top[i - 1]] < v) i--;
		top.splice(i, 0, t);
		if (top.length > k) top.pop();
	}
	const out = new Array<number>(logProbs.length).fill(-Infinity);
	for (const t of top) out[t] = logProbs[t];
	return out;
}

/**
 * The n-gram model after a prompt, as a model for beamSearch over its vocabulary ids. With
 * eos off, '</s>' is removed and the rest renormalised. Answers are cached by prefix, since
 * beam search and greedy ask for the same prefixes.
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
	const { beamWidth, maxSteps, eos } = opts;
	const { steps, sequences } = beamSearch((p) => keepTop(next(p), beamWidth), opts);
	const { tokens, logProb } = greedyDecode((p) => keepTop(next(p), 1), maxSteps, eos);
	const logProbs = tokens.map((t, i) => next(tokens.slice(0, i))[t]);
	return { steps, sequences, greedy: { tokens, logProbs, logProb } };
}
