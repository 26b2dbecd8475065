import type { Schema } from '$lib/state/params';

/** The longest word the search box keeps. */
export const MAX_WORD = 40;
/** Words seen fewer times in one language's answers are left out of both maps and of training. */
export const MIN_COUNT = 3;

export const schema = {
	/** The searched word ('' = the example word of the reader's language). */
	word: { kind: 'string', default: '', maxLength: MAX_WORD },
	/** How many nearest neighbours are listed and marked. */
	k: { kind: 'int', default: 8, min: 3, max: 15 },
	/** Skip-gram training: seed, width, window, noise words, rate, epochs, subsampling. */
	seed: { kind: 'int', default: 1, min: 0, max: 4294967295 },
	dim: { kind: 'int', default: 16, min: 2, max: 64 },
	win: { kind: 'int', default: 3, min: 1, max: 8 },
	neg: { kind: 'int', default: 5, min: 1, max: 20 },
	lr: { kind: 'number', default: 0.1, min: 0.005, max: 0.5, step: 0.005 },
	epochs: { kind: 'int', default: 200, min: 1, max: 500 },
	sub: { kind: 'bool', default: true },
	/** The analogy a − b + c ('' = the example of the reader's language). */
	a: { kind: 'string', default: '', maxLength: MAX_WORD },
	b: { kind: 'string', default: '', maxLength: MAX_WORD },
	c: { kind: 'string', default: '', maxLength: MAX_WORD }
} as const satisfies Schema;

/** Subsampling threshold t of word2vec (Mikolov et al., 2013, §2.3) when `sub` is on. */
export const SUBSAMPLE = 1e-3;

type Training = { dim: number; win: number; neg: number; lr: number; epochs: number; sub: boolean };

/** The training settings worth a button. */
export const TRAIN_PRESETS = [
	{ id: 'small', dim: 16, win: 3, neg: 5, lr: 0.1, epochs: 200, sub: true },
	{ id: 'word2vec', dim: 64, win: 5, neg: 5, lr: 0.025, epochs: 5, sub: true },
	{ id: 'plane', dim: 2, win: 3, neg: 5, lr: 0.1, epochs: 200, sub: true },
	{ id: 'oneNoise', dim: 16, win: 3, neg: 1, lr: 0.1, epochs: 200, sub: true },
	{ id: 'noSub', dim: 16, win: 3, neg: 5, lr: 0.1, epochs: 200, sub: false }
] as const satisfies readonly ({ id: string } & Training)[];
