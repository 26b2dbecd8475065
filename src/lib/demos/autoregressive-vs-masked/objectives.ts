/**
 * What each pretraining objective sees and predicts on one sentence: GPT's next-token prediction
 * under a causal mask, and BERT's masked-language-model objective with its 80-10-10 rule
 * (Devlin et al., 2019, §3.1 and appendix C.2).
 */
import { createRng, randomInt } from '$lib/math/rng';

/** BERT picks this share of the tokens as prediction targets. */
export const MASK_RATE = 0.15;

/**
 * How many positions BERT predicts in a sequence of n tokens, as in its data pipeline:
 * max(1, round(n · 15%)); none for an empty sequence.
 */
export function maskedCount(n: number): number {
	return n === 0 ? 0 : Math.max(1, Math.round(n * MASK_RATE));
}

/** A seeded choice of maskedCount(n) positions, ascending. */
export function chooseMaskedPositions(n: number, seed: number): number[] {
	const order = Array.from({ length: n }, (_, i) => i);
	const rng = createRng(seed);
	for (let i = n - 1; i > 0; i--) {
		const j = randomInt(rng, i + 1);
		[order[i], order[j]] = [order[j], order[i]];
	}
	return order.slice(0, maskedCount(n)).sort((a, b) => a - b);
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
		else if (r < 0.9) {
			const others = vocabulary.filter((w) => w !== tokens[i]);
			const pool = others.length > 0 ? others : vocabulary;
			out.set(i, { kind: 'random', token: pool[randomInt(rng, pool.length)] ?? tokens[i] });
		} else out.set(i, { kind: 'keep' });
	}
	return out;
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

/** GPT's targets: position i predicts token i + 1; the last position has none in this sentence. */
export function nextTokenTargets(tokens: readonly string[]): (string | null)[] {
	return tokens.map((_, i) => (i + 1 < tokens.length ? tokens[i + 1] : null));
}

/** BERT's targets: a chosen position predicts its own original token; the others predict nothing. */
export function maskedTargets(
	tokens: readonly string[],
	chosen: readonly number[]
): (string | null)[] {
	const set = new Set(chosen);
	return tokens.map((token, i) => (set.has(i) ? token : null));
}

/** Positions from a link or a click: whole, inside the sentence, unique, ascending. */
export function cleanPositions(positions: readonly number[], n: number): number[] {
	return [...new Set(positions.filter((p) => Number.isInteger(p) && p >= 0 && p < n))].sort(
		(a, b) => a - b
	);
}
