import type { Schema } from '$lib/state/params';

/** The longest text the hash keeps; the view fills the blanks of its first MAX_TOKENS tokens. */
export const MAX_TEXT = 2000;
export const MAX_TOKENS = 64;
/** Mask rates the slider and the accuracy sweep share: 5% to 50%. */
export const RATES = Array.from({ length: 10 }, (_, i) => (i + 1) / 20);

export const schema = {
	/** The guide sentence (its place among the answers' sentences, the same in both languages). */
	s: { kind: 'int', default: 21, min: 0, max: 160 },
	/** A typed sentence instead of the guide's; '' means the guide sentence. */
	text: { kind: 'string', default: '', maxLength: MAX_TEXT },
	/** The share of tokens chosen as blanks (BERT: 15%). */
	rate: { kind: 'number', default: 0.15, min: 0.05, max: 0.5, step: 0.05 },
	/** Seed of the choice of blanks and of the 80-10-10 draws. */
	seed: { kind: 'int', default: 46, min: 0, max: 4294967295 },
	/** The blank shown in detail (its place among the blanks). */
	b: { kind: 'int', default: 0, min: 0, max: MAX_TOKENS - 1 }
} as const satisfies Schema;
