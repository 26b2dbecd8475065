import { questionPrompt } from '$lib/engines/gpt/corpus';
import type { Lang } from '$lib/i18n/strings';

/** As the model saw every answer begin (engines/gpt questionPrompt): question 49's own title. */
export const DEFAULT_PROMPTS: Record<Lang, string> = {
	en: questionPrompt('What defines a Large Language Model (LLM)?', 'en'),
	zh: questionPrompt('大语言模型（LLM）的定义是什么？', 'zh')
};

/**
 * The prompt a page shows and generates from: the page's own language's default question while
 * the reader has not changed the prompt (the hash keeps one default, the English one).
 */
export const shownPrompt = (prompt: string, lang: Lang) =>
	prompt === DEFAULT_PROMPTS.en ? DEFAULT_PROMPTS[lang] : prompt;
