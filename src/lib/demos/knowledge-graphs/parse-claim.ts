/**
 * Reading a claim out of a sentence: the entities it names (by their English or Chinese names,
 * longest match first) and the relation cue between two of them. Rules, not a language model: a
 * sentence the rules cannot read is said to be so, never guessed at.
 */
import { entities, type Entity } from '$lib/content/knowledge-triples';
import type { Claim } from './claims';
import { cues } from './phrases';

export interface Mention {
	entity: string;
	start: number;
	end: number;
}

export type ParsedClaim =
	| { kind: 'empty' }
	| { kind: 'noEntity' }
	| { kind: 'oneEntity'; entities: string[] }
	| { kind: 'noRelation'; entities: string[] }
	| { kind: 'claim'; claim: Claim; mentions: Mention[] };

const names = entities
	.flatMap((entity: Entity) =>
		[...entity.en, ...entity.zh].map((name) => ({ name: name.toLowerCase(), id: entity.id }))
	)
	.sort((a, b) => b.name.length - a.name.length);

const isLatin = (ch: string | undefined) =>
	ch !== undefined && /[\p{L}\p{N}]/u.test(ch) && !/[\u3400-\u9fff]/.test(ch);

/** Where an English name may stop: at a non-letter, or after a plural "s" / "es". */
function endsWord(text: string, end: number): number | undefined {
	if (!isLatin(text[end])) return end;
	for (const suffix of ['s', 'es']) {
		if (text.startsWith(suffix, end) && !isLatin(text[end + suffix.length]))
			return end + suffix.length;
	}
	return undefined;
}

/** Every entity named in the text, left to right, overlaps resolved in favour of the longer name. */
export function findMentions(text: string): Mention[] {
	const lower = text.toLowerCase();
	const found: Mention[] = [];
	const taken = new Uint8Array(lower.length);
	for (const { name, id } of names) {
		const latin = isLatin(name[0]);
		for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) {
			let end: number | undefined = at + name.length;
			if (latin) {
				if (isLatin(lower[at - 1])) continue;
				if (isLatin(name.at(-1))) end = endsWord(lower, end);
				if (end === undefined) continue;
			}
			if (taken.subarray(at, end).some((x) => x === 1)) continue;
			taken.fill(1, at, end);
			found.push({ entity: id, start: at, end });
		}
	}
	return found.sort((a, b) => a.start - b.start);
}

/** The claim a sentence makes, or why none can be read from it. */
export function parseClaim(text: string): ParsedClaim {
	if (text.trim() === '') return { kind: 'empty' };
	const lower = text.toLowerCase();
	const mentions = findMentions(lower);
	const named = [...new Set(mentions.map((m) => m.entity))];
	if (named.length === 0) return { kind: 'noEntity' };
	if (named.length === 1) return { kind: 'oneEntity', entities: named };
	let best: { claim: Claim; at: number; order: number } | undefined;
	cues.forEach((cue, order) => {
		const flags = cue.pattern.flags.includes('g') ? cue.pattern.flags : cue.pattern.flags + 'g';
		for (const match of lower.matchAll(new RegExp(cue.pattern.source, flags))) {
			const at = match.index;
			const after = at + match[0].length;
			const before = mentions.filter((m) => m.end <= at).at(-1);
			const next = mentions.find((m) => m.start >= after);
			if (!before || !next || before.entity === next.entity) continue;
			if (best && (best.at < at || (best.at === at && best.order < order))) break;
			const [subject, object] = cue.reversed
				? [next.entity, before.entity]
				: [before.entity, next.entity];
			best = { claim: { subject, relation: cue.relation, object }, at, order };
			break;
		}
	});
	if (!best) return { kind: 'noRelation', entities: named };
	return { kind: 'claim', claim: best.claim, mentions };
}
