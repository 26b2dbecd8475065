import type { Schema } from '$lib/state/params';
import { architectures } from './sequences';
import { views } from './patterns';

/** A heatmap of this many labelled tokens a side stays readable at phone width. */
export const MAX_TOKENS = 16;
/** Longest text the hash keeps; the views use the first MAX_TOKENS tokens. */
export const MAX_TEXT = 2000;
/** The heads offered: content, alignment by position, and the common positional ones. */
export const heads = ['similar', 'self', 'previous', 'local', 'first'] as const;

export const schema = {
	/** Source and target; '' means the example pair in the reader's language (an emptied box is ' '). */
	src: { kind: 'string', default: '', maxLength: MAX_TEXT },
	tgt: { kind: 'string', default: '', maxLength: MAX_TEXT },
	arch: { kind: 'enum', default: 'encdec', values: architectures },
	/** Which attention the heatmap shows (the architecture may not have it: then its own). */
	view: { kind: 'enum', default: 'cross', values: views },
	head: { kind: 'enum', default: 'similar', values: heads },
	/** Generation step: target tokens already given to the decoder (clamped to the target). */
	step: { kind: 'int', default: 2, min: 0, max: MAX_TOKENS }
} as const satisfies Schema;
