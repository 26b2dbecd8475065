import type { Schema } from '$lib/state/params';
import { models } from '$lib/content/model-facts';

export const MODEL_IDS = models.map((m) => m.id);

export const schema = {
	/** Which guide is replayed: its English or its Chinese text. */
	guide: { kind: 'enum', default: 'en', values: ['en', 'zh'] },
	/** Our BPE trained on the guide, or GPT-4's cl100k_base. */
	encoding: { kind: 'enum', default: 'bpe', values: ['bpe', 'cl100k'] },
	/** N: how many of the latest tokens the model sees. */
	window: { kind: 'int', default: 256, min: 8, max: 131_072 },
	/** Tokens "generated" so far: where the replay stands. */
	pos: { kind: 'int', default: 320, min: 0, max: 1_000_000 },
	/** Whose published configuration the costs are computed for. */
	model: { kind: 'enum', default: 'llama3-8b', values: MODEL_IDS }
} as const satisfies Schema;
