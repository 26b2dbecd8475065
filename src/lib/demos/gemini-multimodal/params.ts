import type { Schema } from '$lib/state/params';
import { presets } from './presets';

export const MAX_TEXT = 2000;
/** Text tokens the view keeps. */
export const MAX_WORDS = 64;
/** Width of every token vector here. */
export const D_TOKEN = 16;

export const schema = {
	/** The procedurally drawn picture (the reader's own file never goes into the link). */
	img: { kind: 'enum', default: 'apple', values: presets },
	/** Patch side in pixels. */
	p: { kind: 'int', default: 16, min: 8, max: 64 },
	/** The image's side in pixels before patching. */
	res: { kind: 'int', default: 224, min: 32, max: 512, step: 16 },
	/** The text; '' means the example in the reader's language (an emptied box is ' '). */
	text: { kind: 'string', default: '', maxLength: MAX_TEXT },
	/** The text token whose similarity to every patch is drawn. */
	word: { kind: 'int', default: 1, min: 0, max: MAX_WORDS - 1 },
	/** The patch whose projection is shown (reading order). */
	sel: { kind: 'int', default: 90, min: 0, max: 4095 },
	/** Seed of the random projection and the text embeddings. */
	seed: { kind: 'int', default: 1, min: 0, max: 4294967295 }
} as const satisfies Schema;
