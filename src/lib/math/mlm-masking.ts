/**
 * BERT's masked-language-model corruption (Devlin et al., 2019, §3.1 "Task #1: Masked LM", and
 * appendix C.2): choose 15% of the positions as prediction targets, then feed in [MASK] at 80% of
 * them, a random token at 10%, and the token unchanged at the other 10%.
 */
import { createRng, randomInt } from './rng';

/** BERT picks this share of the tokens as prediction targets. */
export const MASK_RATE = 0.15;

/**
 * How many positions BERT predicts in a sequence of n tokens, as in its data pipeline:
 * max(1, round(n · rate)); none for an empty sequence.
 */
export function maskedCount(n: number, rate = MASK_RATE): number {
	return n === 0 ? 0 : Math.min(n, Math.max(1, Math.round(n * rate)));
}

/** A seeded choice of maskedCount(n, rate) positions, ascending (a partial Fisher–Yates shuffle). */
export function chooseMaskedPositions(n: number, seed: number, rate = MASK_RATE): number[] {
	const order = Array.from({ length: n }, (_, i) => i);
	const rng = createRng(seed);
	for (let i = n - 1; i > 0; i--) {
		const j = randomInt(rng, i + 1);
		[order[i], order[j]] = [order[j], order[i]];
	}
	return order.slice(0, maskedCount(n, rate)).sort((a, b) => a - b);
}

export type Corruption = { kind: 'mask' } | { kind: 'random'; token: string } | { kind: 'keep' };

/**
 * What BERT feeds in at each chosen position: [MASK] 80% of the time, a random token 10%, the
 * token itself 10% (so the model cannot rely on seeing [MASK], which never occurs in fine-tuning).
 * `rule` false masks every chosen position. Random tokens are drawn from `vocabulary`, avoiding
 * the original token when another exists. One seeded draw per position, in order.
 */
export function corrupt(
	tokens: readonly string[],
	chosen: readonly number[],
	seed: number,
	vocabulary: readonly string[],
	rule = true
): Map<number, Corruption> {
	const rng = createRng(seed ^ 0x9e3779b9);
	const out = new Map<number, Corruption>();
	for (const i of chosen) {
		const r = rng();
		if (!rule || r < 0.8) out.set(i, { kind: 'mask' });
		else if (r < 0.9)
			out.set(i, { kind: 'random', token: randomOther(tokens[i], vocabulary, rng) });
		else out.set(i, { kind: 'keep' });
	}
	return out;
}

/** A token of the vocabulary other than `token` (itself when the vocabulary holds nothing else). */
function randomOther(token: string, vocabulary: readonly string[], rng: () => number): string {
	const others = vocabulary.filter((w) => w !== token);
	const pool = others.length > 0 ? others : vocabulary;
	return pool[randomInt(rng, pool.length)] ?? token;
}

/** BERT's input: the sentence with the corruptions applied. */
export function maskedInput(
	tokens: readonly string[],
	corruptions: ReadonlyMap<number, Corruption>,
	maskToken = '[MASK]'
): string[] {
	return tokens.map((token, i) => {
		const c = corruptions.get(i);
		if (!c || c.kind === 'keep') return token;
		return c.kind === 'mask' ? maskToken : c.token;
	});
}
