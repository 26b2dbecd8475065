import {
	beamSearch,
	greedyDecode,
	type BeamSequence,
	type BeamStep,
	type NextLogProbs
} from '$lib/math/beam';
import { EOS, type NgramModel } from '$lib/math/ngram';
import { RecentOf } from '$lib/state/recent';

const nextByModel = new RecentOf<NgramModel, NextLogProbs>(2);

/**
 * The n-gram model after a prompt, as a model for beamSearch over its vocabulary ids. With
 * eos off, '</s>' is removed and the rest renormalised. Answers are cached by prefix, since
 * beam search and greedy ask for the same prefixes, and so does every other width, length or
 * penalty tried on the same prompt: the same model, prompt and eos give the same function.
 */
export function ngramNext(model: NgramModel, context: string[], eos: boolean): NextLogProbs {
	return nextByModel.get(model, `${eos}\n${context.join('\n')}`, () =>
		prefixCached(model, context, eos)
	);
}

function prefixCached(model: NgramModel, context: string[], eos: boolean): NextLogProbs {
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

type SearchOptions = { beamWidth: number; maxSteps: number; eos?: number; lengthPenalty: number };

const runsByModel = new RecentOf<NextLogProbs, SearchRun>(8);

/**
 * Beam search and greedy decoding on one model, with the same stopping rules. The last few runs
 * per model are kept, so a width or a penalty tried again is not searched again.
 */
export function runSearch(next: NextLogProbs, opts: SearchOptions): SearchRun {
	const { beamWidth, maxSteps, eos, lengthPenalty } = opts;
	return runsByModel.get(next, `${beamWidth}|${maxSteps}|${eos}|${lengthPenalty}`, () =>
		search(next, opts)
	);
}

function search(next: NextLogProbs, opts: SearchOptions): SearchRun {
	const { maxSteps, eos } = opts;
	const { steps, sequences } = beamSearch(next, opts);
	const { tokens, logProb } = greedyDecode(next, maxSteps, eos);
	const logProbs = tokens.map((t, i) => next(tokens.slice(0, i))[t]);
	return { steps, sequences, greedy: { tokens, logProbs, logProb } };
}
