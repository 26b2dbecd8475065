import type { Schema } from '$lib/state/params';

/** The longest text the link carries; longer text stays in the page only. */
export const TEXT_MAX = 2000;
/** The most merges our BPE learns. */
export const MAX_MERGES = 2000;

export const DEFAULT_TEXT =
	'Tokenizers split "artificial intelligence" and "cryptocurrency" into pieces. 分词器也会切分中文：人工智能。';

export const schema = {
	text: { kind: 'string', default: DEFAULT_TEXT, maxLength: TEXT_MAX },
	/** What our BPE trains on: the guide in English or Chinese, or the text itself. */
	corpus: { kind: 'enum', default: 'en', values: ['en', 'zh', 'text'] },
	/** How many merges our BPE has learned: the step of the training walk-through. */
	merges: { kind: 'int', default: 1000, min: 0, max: MAX_MERGES },
	/** Show every token as its bytes. */
	bytes: { kind: 'bool', default: false },
	r50k: { kind: 'bool', default: false },
	cl100k: { kind: 'bool', default: false },
	o200k: { kind: 'bool', default: false }
} as const satisfies Schema;
