/**
 * Claims to check, made three ways from the seed: a fact the graph states, the same fact with its
 * object swapped for another entity of the same kind (a hallucination in miniature: fluent, on
 * topic, wrong), and a sentence sampled from the guide's n-gram model, which recombines the guide's
 * phrases with no notion of which facts it is joining.
 */
import { entities, triples, type Entity, type Triple } from '$lib/content/knowledge-triples';
import type { Lang } from '$lib/i18n/strings';
import { format } from '$lib/i18n/strings';
import { EOS, generate, type NgramModel } from '$lib/math/ngram';
import { createRng, randomInt } from '$lib/math/rng';
import { tokenizeChars, tokenizeWords } from '$lib/math/text-tokenize';
import { checkClaim } from './claims';
import { parseClaim } from './parse-claim';
import { sentence } from './phrases';

const byId = new Map(entities.map((e) => [e.id, e]));
const nameOf = (id: string, lang: Lang) => byId.get(id)![lang][0];

/** A triple written as a sentence in the given language. */
export function writeTriple(
	t: Pick<Triple, 'subject' | 'relation' | 'object'>,
	lang: Lang
): string {
	return format(sentence[t.relation][lang], {
		s: nameOf(t.subject, lang),
		o: nameOf(t.object, lang)
	});
}

/** The stated fact the seed picks. */
export function statedFact(seed: number): Triple {
	return triples[(seed >>> 0) % triples.length];
}

/**
 * The seed's fact with its object replaced by another entity of the same kind, chosen so that the
 * graph does not support the result (it is always contradicted, since the subject's relation is
 * stated). Falls back to any other entity when the kind has no candidate.
 */
export function swappedFact(seed: number): Triple {
	const t = statedFact(seed);
	const rng = createRng(seed ^ 0x5bd1e995);
	const fits = (e: Entity) =>
		e.id !== t.subject &&
		e.id !== t.object &&
		checkClaim({ ...t, object: e.id }, triples).kind !== 'supported';
	const kind = byId.get(t.object)!.kind;
	const same = entities.filter((e) => e.kind === kind && fits(e));
	const pool = same.length > 0 ? same : entities.filter(fits);
	return { ...t, object: pool[randomInt(rng, pool.length)].id };
}

/** The model's tokens as text: words spaced, punctuation and hyphens closed up (English). */
function detokenize(tokens: string[], lang: Lang): string {
	if (lang === 'zh') return tokens.join('') + '。';
	const text = tokens
		.join(' ')
		.replace(/ ([,;:)’'])/g, '$1')
		.replace(/([(]) /g, '$1')
		.replace(/(\w) - (\w)/g, '$1-$2');
	return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

/**
 * A sentence the n-gram model writes after an entity's name, the first of up to `tries` samples
 * that reads as a claim (two entities and a relation cue), else the last one sampled.
 */
export function ngramSentence(
	model: NgramModel,
	lang: Lang,
	seed: number,
	tries = 24
): { text: string; tries: number } {
	const rng = createRng(seed);
	let text = '';
	for (let i = 1; i <= tries; i++) {
		const entity = entities[randomInt(rng, entities.length)];
		const name = entity[lang][0];
		const prompt = (lang === 'en' ? tokenizeWords(name) : tokenizeChars(name))[0] ?? [];
		const out = generate(model, prompt, 30, rng);
		const words = [...prompt, ...out.filter((w) => w !== EOS)];
		text = detokenize(words, lang);
		if (parseClaim(text).kind === 'claim') return { text, tries: i };
	}
	return { text, tries };
}
