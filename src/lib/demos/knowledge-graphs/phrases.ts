/**
 * How each relation is written in a claim, in both languages: the sentence a triple becomes, and
 * the cues that read a relation back out of a sentence (a typed claim, a swapped fact, or what the
 * n-gram model wrote). A cue marked `reversed` names the object first: "masked models, like BERT"
 * says BERT is a masked model.
 */
import type { Relation } from '$lib/content/knowledge-triples';
import type { Lang } from '$lib/i18n/strings';

export const sentence: Record<Relation, Record<Lang, string>> = {
	isA: { en: '{s} is a kind of {o}.', zh: '{s}是一种{o}。' },
	uses: { en: '{s} uses {o}.', zh: '{s}使用{o}。' },
	partOf: { en: '{s} is part of {o}.', zh: '{s}是{o}的组成部分。' },
	extends: { en: '{s} extends {o}.', zh: '{s}扩展了{o}。' },
	mitigates: { en: '{s} mitigates {o}.', zh: '{s}缓解{o}。' },
	improvesOn: { en: '{s} improves on {o}.', zh: '{s}优于{o}。' },
	usedFor: { en: '{s} is used for {o}.', zh: '{s}用于{o}。' }
};

export interface Cue {
	relation: Relation;
	pattern: RegExp;
	reversed?: boolean;
}

/** Tried in this order where two cues start at the same place (the more specific first). */
export const cues: readonly Cue[] = [
	{ relation: 'partOf', pattern: /\b(?:is|are) (?:a )?part of\b|\bbelongs? to\b/i },
	{ relation: 'partOf', pattern: /是(?=[^，。；,;]*的(?:组成部分|一部分))/ },
	{ relation: 'usedFor', pattern: /\b(?:is |are )?(?:used|applied) (?:for|in|to)\b|用于|应用于/i },
	{
		relation: 'isA',
		pattern: /\b(?:is|are) (?:an? )?(?:kinds?|types?) of\b|\bis an?\b|是一种|是一个/i
	},
	{
		relation: 'isA',
		pattern: /,?\s*(?:\blike\b|\bsuch as\b|\be\.g\.,?)|[（(]?例如|像/i,
		reversed: true
	},
	{
		relation: 'uses',
		pattern: /\b(?:uses?|using|employs?|relies on|rely on)\b|使用|利用|采用|依赖/i
	},
	{ relation: 'extends', pattern: /\bextends?\b|\bbuilds? on\b|扩展/i },
	{
		relation: 'mitigates',
		pattern:
			/\b(?:mitigates?|reduces?|reducing|prevents?|avoids?|address(?:es)?)\b|缓解|减少|防止|减轻|避免|解决/i
	},
	{
		relation: 'improvesOn',
		pattern:
			/\b(?:improves? (?:on|upon)|surpass(?:es)?|outperforms?|overcomes?|better than)\b|优于|超越|超过|改进了/i
	},
	{ relation: 'isA', pattern: /是/ }
];
