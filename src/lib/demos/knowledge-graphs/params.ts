import type { Schema } from '$lib/state/params';
import { entities } from '$lib/content/knowledge-triples';

const ENTITY_IDS = entities.map((e) => e.id);

export const schema = {
	/** Highlights the entities whose name contains it (either language). */
	q: { kind: 'string', default: '', maxLength: 100 },
	/** Which relations are drawn (and walked by the path). */
	isA: { kind: 'bool', default: true },
	uses: { kind: 'bool', default: true },
	partOf: { kind: 'bool', default: true },
	extends: { kind: 'bool', default: true },
	mitigates: { kind: 'bool', default: true },
	improvesOn: { kind: 'bool', default: true },
	usedFor: { kind: 'bool', default: true },
	/** The two ends of the path found breadth-first. */
	from: { kind: 'enum', default: 'bpe', values: ENTITY_IDS },
	to: { kind: 'enum', default: 'dot-product', values: ENTITY_IDS },
	/** The claim held against the graph. */
	claim: { kind: 'string', default: 'QLoRA extends BERT.', maxLength: 300 },
	/** Which fact, swap or n-gram sample the claim buttons make next. */
	seed: { kind: 'int', default: 1, min: 0, max: 4_294_967_295 }
} as const satisfies Schema;
