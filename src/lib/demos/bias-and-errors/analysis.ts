/**
 * Bias in, bias out, measured on the toy corpus: word vectors trained on it (PPMI → SVD), the
 * gender direction from the defining pairs, each occupation's projection on it, the WEAT of
 * occupations (X: stereotyped male, Y: stereotyped female) against names (A: male, B: female),
 * and all of it again after hard debiasing; and the n-gram model's next word after "the doctor
 * said that".
 */
import type { Lang } from '$lib/i18n/strings';
import { biasDirection, equalize, neutralize, projection } from '$lib/math/debias';
import { cosine } from '$lib/math/linalg';
import type { NgramModel } from '$lib/math/ngram';
import { trainWordVectors, wordVector, type WordVectors } from '$lib/math/word-vectors';
import { weat, type Weat } from '$lib/math/weat';
import { genderedWords, lexicons, prompt } from './corpus';
import { DIM, WINDOW } from './settings';

export interface Measured {
	/** Per occupation (X then Y): projection on the gender direction, s(w, A, B), and the
	 * occupation nearest to it (by cosine). */
	jobs: { job: string; male: boolean; projection: number; association: number; nearest: string }[];
	weat: Weat;
	/**
	 * How many occupations have for nearest occupation one of their own stereotyped group: the
	 * bias that survives hard debiasing in the geometry (Gonen & Goldberg, 2019).
	 */
	sameGroup: number;
}

export interface BiasAnalysis {
	vocabulary: number;
	before: Measured;
	after: Measured;
	/** cos(he, she) before debiasing: how alike the two pronouns' contexts are. */
	pairsCosine: number;
}

function measure(vec: (w: string) => number[], g: number[], lang: Lang): Measured {
	const lex = lexicons[lang];
	const X = lex.maleJobs.map(vec);
	const Y = lex.femaleJobs.map(vec);
	const A = lex.maleNames.map(vec);
	const B = lex.femaleNames.map(vec);
	const w = weat(X, Y, A, B);
	const all = [...lex.maleJobs, ...lex.femaleJobs];
	const sAll = [...w.sX, ...w.sY];
	const isMale = (i: number) => i < lex.maleJobs.length;
	const nearest = all.map((job, i) => {
		let best = -1;
		all.forEach((other, j) => {
			if (j !== i && (best < 0 || cosine(vec(job), vec(other)) > cosine(vec(job), vec(all[best]))))
				best = j;
		});
		return best;
	});
	return {
		jobs: all.map((job, i) => ({
			job,
			male: isMale(i),
			projection: projection(vec(job), g),
			association: sAll[i],
			nearest: all[nearest[i]]
		})),
		weat: w,
		sameGroup: nearest.filter((j, i) => isMale(j) === isMale(i)).length
	};
}

/** Trains the vectors on the corpus and measures them before and after hard debiasing. */
export function analyse(corpus: string[][], lang: Lang, seed: number): BiasAnalysis {
	const model: WordVectors = trainWordVectors(corpus, { dim: DIM, window: WINDOW, seed });
	const lex = lexicons[lang];
	const zero = new Array<number>(DIM).fill(0);
	const vec = (w: string) => wordVector(model, w) ?? zero;
	const pairs = lex.pairs.map(([a, b]) => [vec(a), vec(b)] as const);
	const g = biasDirection(pairs);

	// Hard debiasing: equalise the defining pairs, neutralise every word that is not gendered by
	// definition (names, his and her stay as they are, as the paper keeps gender-specific words).
	const debiased = new Map<string, number[]>();
	for (const [a, b] of lex.pairs) {
		const [ea, eb] = equalize(vec(a), vec(b), g);
		debiased.set(a, ea);
		debiased.set(b, eb);
	}
	const gendered = genderedWords(lang);
	const after = (w: string) =>
		debiased.get(w) ?? (gendered.has(w) ? vec(w) : neutralize(vec(w), g));
	const [he, she] = lex.pairs[0].map(vec);
	return {
		vocabulary: model.words.length,
		before: measure(vec, g, lang),
		after: measure(after, g, lang),
		pairsCosine: cosine(he, she)
	};
}

/** P(male pronoun) and P(female pronoun) after each occupation's prompt. */
export function completions(
	model: NgramModel,
	lang: Lang
): { job: string; he: number; she: number }[] {
	const lex = lexicons[lang];
	const [he, she] = lex.pairs[0];
	return [...lex.maleJobs, ...lex.femaleJobs].map((job) => {
		const context = prompt(lang, job);
		return {
			job,
			he: Math.exp(model.logProb(context, he)),
			she: Math.exp(model.logProb(context, she))
		};
	});
}
