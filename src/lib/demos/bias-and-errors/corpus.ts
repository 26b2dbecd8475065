/**
 * A toy corpus with a dial for bias: sentences that put an occupation next to a gendered word (a
 * pronoun, a name, a kinship word), where `skew` is the share of those sentences that follow the
 * stereotype (doctor with he, nurse with she). 0.5 is balanced; 1 is every sentence stereotyped;
 * 0 reverses it. Sentences come as tokens, English from English templates, Chinese from Chinese
 * ones (他/她), all drawn from the seed.
 */
import type { Lang } from '$lib/i18n/strings';
import { createRng, randomInt, type Rng } from '$lib/math/rng';

interface Lexicon {
	/** Occupations the stereotype gives to men (the WEAT's X), then to women (Y). */
	maleJobs: string[];
	femaleJobs: string[];
	/** First names (the WEAT's attribute sets A and B). */
	maleNames: string[];
	femaleNames: string[];
	/** Defining pairs (male, female): the gender direction, and the words equalised. */
	pairs: [string, string][];
	/** The possessive after a pronoun (his / her; Chinese writes 他的 / 她的 with the pronoun). */
	possessive: [string, string] | undefined;
	verbs: string[];
	objects: string[];
	places: string[];
}

export const lexicons: Record<Lang, Lexicon> = {
	en: {
		maleJobs: ['doctor', 'engineer', 'pilot', 'programmer'],
		femaleJobs: ['nurse', 'teacher', 'librarian', 'receptionist'],
		maleNames: ['john', 'james', 'david', 'michael'],
		femaleNames: ['mary', 'linda', 'susan', 'sarah'],
		pairs: [
			['he', 'she'],
			['man', 'woman'],
			['father', 'mother'],
			['brother', 'sister']
		],
		possessive: ['his', 'her'],
		verbs: ['check', 'fix', 'read', 'write'],
		objects: ['report', 'plan', 'schedule', 'file'],
		places: ['office', 'market', 'park', 'station']
	},
	zh: {
		maleJobs: ['医生', '工程师', '飞行员', '程序员'],
		femaleJobs: ['护士', '教师', '图书管理员', '接待员'],
		maleNames: ['张伟', '王强', '李明', '刘洋'],
		femaleNames: ['王芳', '李娜', '张丽', '刘敏'],
		pairs: [
			['他', '她'],
			['男人', '女人'],
			['父亲', '母亲'],
			['哥哥', '姐姐']
		],
		possessive: undefined,
		verbs: ['检查', '修改', '阅读', '撰写'],
		objects: ['报告', '计划', '日程', '文件'],
		places: ['办公室', '市场', '公园', '车站']
	}
};

/** The words that carry gender by definition: never neutralised by hard debiasing. */
export function genderedWords(lang: Lang): Set<string> {
	const lex = lexicons[lang];
	return new Set([
		...lex.pairs.flat(),
		...(lex.possessive ?? []),
		...lex.maleNames,
		...lex.femaleNames
	]);
}

/** The prompt whose next word the n-gram model is asked for: "the doctor said that ___". */
export function prompt(lang: Lang, job: string): string[] {
	return lang === 'en' ? ['the', job, 'said', 'that'] : [job, '说'];
}

export interface CorpusOptions {
	lang: Lang;
	/** Share of occupation sentences that follow the stereotype, 0–1. */
	skew: number;
	sentences: number;
	seed: number;
}

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[randomInt(rng, xs.length)];

/**
 * The corpus: half the sentences have an occupation for subject (its pronoun male or female as the
 * skew says) or pair it with a name; the other half have a defining word (the father, the sister)
 * or a name for subject, with that word's own gender. Every sentence carries a pronoun, so gender
 * words and occupations share contexts, as they do in real text.
 */
export function biasCorpus({ lang, skew, sentences, seed }: CorpusOptions): string[][] {
	const lex = lexicons[lang];
	const rng = createRng(seed);
	const jobs = [...lex.maleJobs, ...lex.femaleJobs];
	const out: string[][] = [];
	for (let i = 0; i < sentences; i++) {
		const kind = randomInt(rng, 4);
		const job = pick(rng, jobs);
		const stereotyped = rng() < skew;
		const jobMale = lex.maleJobs.includes(job) === stereotyped;
		const male = kind < 2 ? jobMale : rng() < 0.5;
		const side = male ? 0 : 1;
		const pron = lex.pairs[0][side];
		const name = pick(rng, male ? lex.maleNames : lex.femaleNames);
		const word = lex.pairs[1 + randomInt(rng, lex.pairs.length - 1)][side];
		const subject = kind === 0 || kind === 1 ? job : kind === 2 ? word : name;
		const verb = pick(rng, lex.verbs);
		const object = pick(rng, lex.objects);
		const place = pick(rng, lex.places);
		const template = randomInt(rng, 2);
		if (lang === 'en') {
			const poss = lex.possessive![side];
			const the = kind === 3 ? [] : ['the'];
			out.push(
				kind === 1 && template === 1
					? [name, 'works', 'as', 'a', job, 'and', pron, 'likes', poss, object]
					: template === 0
						? [...the, subject, 'said', 'that', pron, 'would', verb, poss, object]
						: [
								...the,
								subject,
								'finished',
								poss,
								object,
								'before',
								pron,
								'went',
								'to',
								'the',
								place
							]
			);
		} else {
			out.push(
				kind === 1 && template === 1
					? [name, '是', '一名', job, '，', pron, '喜欢', pron, '的', object]
					: template === 0
						? [subject, '说', pron, '会', verb, pron, '的', object]
						: [subject, '做完', '了', pron, '的', object, '才', '去', place]
			);
		}
	}
	return out;
}

/** What went in: per occupation, how many sentences name it and how many of those are male. */
export function maleShare(
	corpus: string[][],
	lang: Lang
): { job: string; n: number; male: number }[] {
	const lex = lexicons[lang];
	const male = new Set(lex.pairs.map((p) => p[0]));
	const female = new Set(lex.pairs.map((p) => p[1]));
	return [...lex.maleJobs, ...lex.femaleJobs].map((job) => {
		let n = 0;
		let m = 0;
		for (const s of corpus) {
			if (!s.includes(job)) continue;
			const g = s.find((w) => male.has(w) || female.has(w));
			if (g === undefined) continue;
			n++;
			if (male.has(g)) m++;
		}
		return { job, n, male: m };
	});
}
