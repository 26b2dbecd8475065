import type { Lang } from '$lib/i18n/strings';

/** An analogy a − b + c ≈ d (“a is to b as d is to c”), with the answer a large corpus would give. */
export interface Analogy {
	a: string;
	b: string;
	c: string;
	expected: string;
}

/** Analogies among words the guide uses at least three times, in each language. */
export const ANALOGIES: Record<Lang, readonly Analogy[]> = {
	en: [
		{ a: 'models', b: 'model', c: 'token', expected: 'tokens' },
		{ a: 'outputs', b: 'output', c: 'input', expected: 'inputs' },
		{ a: 'gpt', b: 'generative', c: 'discriminative', expected: 'bert' }
	],
	zh: [
		{ a: '输出', b: '输入', c: '编码', expected: '解码' },
		{ a: 'gpt', b: '生成', c: '理解', expected: 'bert' }
	]
};
