/**
 * Which model predicts the held-out answers better, read off the measured bits per character,
 * compared as the page shows them (two decimals), so the page never names a winner of a tie.
 */
export interface Verdict {
	winner: 'gpt' | 'ngram' | 'tie';
	/** The n-gram order with the fewest bits per character, and its figure. */
	bestN: number;
	best: number;
	gpt: number;
	/** The orders that beat the GPT. */
	beating: number[];
	/** How much the loser needs beyond the winner, as a share of the winner's bits. */
	margin: number;
}

const shown = (bits: number) => Math.round(bits * 100);

export function verdict(gpt: number, ngram: readonly { n: number; bits: number }[]): Verdict {
	const best = ngram.reduce((a, b) => (b.bits < a.bits ? b : a));
	const beating = ngram.filter((o) => shown(o.bits) < shown(gpt)).map((o) => o.n);
	const winner =
		shown(gpt) < shown(best.bits) ? 'gpt' : shown(gpt) > shown(best.bits) ? 'ngram' : 'tie';
	const margin =
		winner === 'gpt' ? best.bits / gpt - 1 : winner === 'ngram' ? gpt / best.bits - 1 : 0;
	return { winner, bestN: best.n, best: best.bits, gpt, beating, margin };
}
