/**
 * The training data: a random prefix of L tokens, then the same tokens again (and again, to fill
 * the sequence), with L drawn anew for every sequence: the repeat sits at no fixed distance, so it
 * can only be found by its content, which is what an induction head does.
 */
import { randomInt, type Rng } from '$lib/math/rng';

export interface RepeatSequence {
	/** T token ids: ids[i] = ids[i − L] from i = L on. */
	ids: Int32Array;
	/** The prefix's length L. */
	length: number;
}

/** The shortest prefix: a repeat shorter than this is barely a pattern. */
export const MIN_REPEAT = 4;

/** A sequence of T tokens: L random ones repeated (L as given, or drawn from MIN_REPEAT … T/2). */
export function repeatSequence(
	rng: Rng,
	vocabSize: number,
	t: number,
	length = MIN_REPEAT + randomInt(rng, Math.floor(t / 2) - MIN_REPEAT + 1)
): RepeatSequence {
	const ids = new Int32Array(t);
	for (let i = 0; i < length; i++) ids[i] = randomInt(rng, vocabSize);
	for (let i = length; i < t; i++) ids[i] = ids[i - length];
	return { ids, length };
}

/**
 * Whether the token at position p can be predicted from what came before by copying: it lies in
 * the repeat after its first token (which follows a token said only once so far).
 */
export const isRepeated = (s: RepeatSequence, p: number) => p > s.length;
