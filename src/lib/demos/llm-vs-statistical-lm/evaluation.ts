import { guideAnswers } from '$lib/content/guide-text';
import type { Lang } from '$lib/i18n/strings';
import { tokenizeChars, tokenizeWords } from '$lib/math/text-tokenize';
import { evaluateOrders, holdOut, type OrderReport } from './held-out';

export interface Evaluation {
	train: string[][];
	test: string[][];
	/** How many answers were held out, of how many. */
	heldOut: number;
	answers: number;
	orders: OrderReport[];
}

const cache = new Map<string, Promise<Evaluation>>();

/**
 * n = 1…5 trained on the guide's answers minus every k-th, and measured on those held out. The
 * answers are loaded when first asked for; each (language, k) is computed once.
 */
export function evaluation(lang: Lang, every: number): Promise<Evaluation> {
	const key = `${lang}${every}`;
	let result = cache.get(key);
	if (!result) {
		result = guideAnswers().then((byLang) => {
			const answers = byLang[lang];
			const split = holdOut(answers, every);
			const tokenize = lang === 'en' ? tokenizeWords : tokenizeChars;
			const train = split.train.flatMap(tokenize);
			const test = split.test.flatMap(tokenize);
			return {
				train,
				test,
				heldOut: split.test.length,
				answers: answers.length,
				orders: evaluateOrders(train, test)
			};
		});
		cache.set(key, result);
	}
	return result;
}
