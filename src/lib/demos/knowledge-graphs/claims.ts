/**
 * The claim checker: a claim (subject, relation, object) held against the guide's triples.
 *
 * - supported: the graph states it, directly or through a chain of the same relation where the
 *   relation carries over (A uses B and B uses C: A uses C; likewise "is a kind of", "is part of",
 *   "improves on");
 * - contradicted: the graph states the reverse (B improves on A, when the claim says A improves on
 *   B), or it states what the subject's relation points to and the claimed object is not among
 *   those: a closed-world reading of the guide, the way a checker against a curated graph flags a
 *   swapped fact;
 * - unknown: the graph knows both entities but says nothing about that relation of the subject.
 */
import type { Relation, Triple } from '$lib/content/knowledge-triples';

export interface Claim {
	subject: string;
	relation: Relation;
	object: string;
}

export type Verdict =
	| { kind: 'supported'; evidence: number[] }
	| { kind: 'contradicted'; evidence: number[] }
	| { kind: 'unknown'; evidence: [] };

/** Relations that carry over a chain: A r B and B r C give A r C. */
const TRANSITIVE: ReadonlySet<Relation> = new Set(['isA', 'uses', 'partOf', 'improvesOn']);

/** Indices of the triples forming a chain of `relation` from `from` to `to`, or undefined. */
function chain(
	triples: readonly Triple[],
	relation: Relation,
	from: string,
	to: string
): number[] | undefined {
	const via = new Map<string, number | null>([[from, null]]);
	const queue = [from];
	for (let head = 0; head < queue.length; head++) {
		const node = queue[head];
		triples.forEach((t, i) => {
			if (t.relation !== relation || t.subject !== node || via.has(t.object)) return;
			via.set(t.object, i);
			queue.push(t.object);
		});
		if (via.has(to)) break;
	}
	if (!via.has(to) || from === to) return undefined;
	const out: number[] = [];
	for (let i = via.get(to); i != null; i = via.get(triples[i].subject)) out.unshift(i);
	return out;
}

export function checkClaim(claim: Claim, triples: readonly Triple[]): Verdict {
	const { subject, relation, object } = claim;
	const direct = triples.findIndex(
		(t) => t.subject === subject && t.relation === relation && t.object === object
	);
	if (direct >= 0) return { kind: 'supported', evidence: [direct] };
	const path = TRANSITIVE.has(relation) ? chain(triples, relation, subject, object) : undefined;
	if (path) return { kind: 'supported', evidence: path };
	const reverse = triples.findIndex(
		(t) => t.subject === object && t.relation === relation && t.object === subject
	);
	if (reverse >= 0) return { kind: 'contradicted', evidence: [reverse] };
	const others = triples.flatMap((t, i) =>
		t.subject === subject && t.relation === relation ? [i] : []
	);
	if (others.length > 0) return { kind: 'contradicted', evidence: others };
	return { kind: 'unknown', evidence: [] };
}
