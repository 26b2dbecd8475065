/**
 * Self-consistency (Wang et al., 2022) as a model: n chains are sampled independently, each ends
 * at the right answer with probability q; a wrong chain ends at one of m wrong answers, uniformly.
 * The most frequent answer is taken (a tie is broken uniformly at random). How often is it right?
 */
import { randomInt, type Rng } from './rng';

/** ln C(n, r). */
function logChoose(n: number, r: number): number {
	let s = 0;
	for (let i = 1; i <= r; i++) s += Math.log((n - r + i) / i);
	return s;
}

/**
 * For c = 0 … n right votes, the chance that the right answer wins when the other n − c votes fall
 * on m wrong answers uniformly (a multinomial): E[ 1 / (1 + ties) ; every wrong answer has ≤ c
 * votes ], `ties` counting wrong answers with exactly c. It does not depend on q, so it is worked
 * out once per (n, m), by dynamic programming over the m answers in O(m² · n³) at most.
 */
export function pluralityWinShares(n: number, m: number): Float64Array {
	const logFact = [0];
	for (let i = 1; i <= n; i++) logFact.push(logFact[i - 1] + Math.log(i));
	const invFact = logFact.map((l) => Math.exp(-l));
	const shares = new Float64Array(n + 1);
	for (let c = 1; c <= n; c++) {
		const w = n - c;
		if (w === 0) {
			shares[c] = 1;
			continue;
		}
		// f[s][t]: Σ over the answers so far, with s wrong votes in all and t of them tied at c,
		// of Π 1 / x_i!  (the multinomial's weights without w! / m^w).
		let f = Array.from({ length: w + 1 }, () => new Float64Array(m + 1));
		f[0][0] = 1;
		for (let a = 0; a < m; a++) {
			const next = Array.from({ length: w + 1 }, () => new Float64Array(m + 1));
			for (let s = 0; s <= w; s++) {
				for (let t = 0; t <= a; t++) {
					const here = f[s][t];
					if (here === 0) continue;
					for (let x = 0; x <= Math.min(c, w - s); x++) {
						next[s + x][t + (x === c ? 1 : 0)] += here * invFact[x];
					}
				}
			}
			f = next;
		}
		const scale = Math.exp(logFact[w] - w * Math.log(m));
		let share = 0;
		for (let t = 0; t <= m; t++) share += f[w][t] / (1 + t);
		shares[c] = scale * share;
	}
	return shares;
}

const sharesCache = new Map<string, Float64Array>();

/**
 * The exact chance that plurality voting over n chains picks the right answer:
 *
 *   Σ_c C(n, c) q^c (1 − q)^(n − c) · share(c)
 *
 * with share(c) from pluralityWinShares (kept per n and m, so a sweep over q is cheap).
 */
export function pluralityVoteAccuracy(q: number, n: number, m: number): number {
	if (n <= 0) return 0;
	const key = `${n}:${m}`;
	let shares = sharesCache.get(key);
	if (!shares) {
		shares = pluralityWinShares(n, m);
		sharesCache.set(key, shares);
	}
	let total = 0;
	for (let c = 1; c <= n; c++) {
		const w = n - c;
		const pc = Math.exp(logChoose(n, c) + c * Math.log(q) + (w > 0 ? w * Math.log1p(-q) : 0));
		if (pc > 0) total += pc * shares[c];
	}
	return total;
}

/** The share of `trials` simulated votes whose plurality answer (ties broken at random) is right. */
export function simulateVotes(q: number, n: number, m: number, trials: number, rng: Rng): number {
	// Answer 0 is the right one, 1 … m the wrong ones.
	const votes = new Int32Array(m + 1);
	let right = 0;
	for (let trial = 0; trial < trials; trial++) {
		votes.fill(0);
		for (let i = 0; i < n; i++) votes[rng() < q ? 0 : 1 + randomInt(rng, m)]++;
		let top = 0;
		let leaders = 0;
		for (const v of votes) {
			if (v > top) [top, leaders] = [v, 1];
			else if (v === top) leaders++;
		}
		// The right answer leads with `leaders − 1` others: it wins the draw with 1 / leaders.
		if (votes[0] === top && randomInt(rng, leaders) === 0) right++;
	}
	return trials > 0 ? right / trials : 0;
}
