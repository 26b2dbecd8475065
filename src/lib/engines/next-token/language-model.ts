import { guideTexts } from '$lib/content/guide-text';
import type { Lang } from '$lib/i18n/strings';
import { trainNgram, type NgramModel } from '$lib/math/ngram';
import { tokenizeChars, tokenizeWords } from '$lib/math/text-tokenize';

/** The order of the demos' language model: trigrams suit a corpus of a few thousand words. */
export const MODEL_ORDER = 3;

const cache = new Map<string, Promise<NgramModel>>();

/**
 * The n-gram model trained on the guide's answers: by word on the English text, by character on
 * the Chinese. The corpus is loaded only when a demo asks for it; each model is trained once.
 */
export function languageModel(lang: Lang, order = MODEL_ORDER): Promise<NgramModel> {
	const key = `${lang}${order}`;
	let model = cache.get(key);
	if (!model) {
		model = guideTexts().then((texts) => trainNgram(tokenize(texts[lang], lang), order));
		cache.set(key, model);
	}
	return model;
}

function tokenize(text: string, lang: Lang): string[][] {
	return lang === 'en' ? tokenizeWords(text) : tokenizeChars(text);
}

/**
 * The context the model sees after a prompt: the tokens of its last sentence, or none when the
 * prompt ends a sentence (the model then starts a new one, as it was trained).
 */
export function contextOf(prompt: string, lang: Lang): string[] {
	if (/[.!?。！？\n]\s*$/.test(prompt)) return [];
	return tokenize(prompt, lang).at(-1) ?? [];
}
