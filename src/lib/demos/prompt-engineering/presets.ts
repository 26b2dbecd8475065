/**
 * The prompt pairs a reader starts from, in the guide's own words and in the model's training
 * format (presets.test.ts checks both against the guide's text and the engine's questionPrompt).
 * Written out rather than built with the engine: the schema's defaults come from here, and the
 * schema loads with no model code (the site's tests read every schema in Node).
 */

/** Question 3's title, in both languages: the question every preset asks. */
export const CONTEXT_TITLE = {
	en: 'What is the context window in LLMs, and why does it matter?',
	zh: 'LLM 中的上下文窗口是什么，它为什么重要？'
} as const;

/** Question 1 in the guide's format with its answer's first sentence: a worked example. */
export const TOKENIZATION_EXAMPLE = {
	title: 'What does tokenization entail, and why is it critical for LLMs?',
	answer:
		'Tokenization involves breaking down text into smaller units, or tokens, such as words, subwords, or characters.'
} as const;

/** The guide's format, as the engine's questionPrompt writes it. */
export const ASK = {
	en: (title: string) => `Question: ${title}\nAnswer: `,
	zh: (title: string) => `问题：${title}\n回答：`
};

const asked = ASK.en(CONTEXT_TITLE.en);
const example = `${ASK.en(TOKENIZATION_EXAMPLE.title)}${TOKENIZATION_EXAMPLE.answer}\n\n`;

export const PROMPT_PRESETS = [
	{ id: 'vague', a: 'context window', b: asked },
	{ id: 'example', a: asked, b: example + asked },
	{ id: 'language', a: asked, b: ASK.zh(CONTEXT_TITLE.zh) }
] as const;

export type PromptPreset = (typeof PROMPT_PRESETS)[number];
