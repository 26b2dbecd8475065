/**
 * Word–context statistics on sparse rows: co-occurrence counts within a window and positive
 * pointwise mutual information (PPMI), the matrix whose factorisation gives count-based word
 * vectors (Levy, Goldberg & Dagan, 2015).
 */
import { checkSize } from './check-size';

/** A sparse matrix as one Map per row, column → value; absent entries are 0. */
export type SparseRows = Map<number, number>[];

/**
 * Symmetric co-occurrence counts of `size` word ids: every pair of tokens at distance 1…window
 * inside one sentence adds 1 to [a][b] and to [b][a]. Sentences never share a window.
 */
export function cooccurrence(sentences: number[][], size: number, window: number): SparseRows {
	checkSize('cooccurrence', 'window', window, 1);
	const rows: SparseRows = Array.from({ length: size }, () => new Map());
	for (const sentence of sentences) {
		for (const id of sentence) {
			if (!(Number.isInteger(id) && id >= 0 && id < size)) {
				throw new Error(`cooccurrence: id ${id} is outside [0, ${size})`);
			}
		}
		for (let i = 0; i < sentence.length; i++) {
			const a = sentence[i];
			for (let j = i + 1; j <= i + window && j < sentence.length; j++) {
				const b = sentence[j];
				rows[a].set(b, (rows[a].get(b) ?? 0) + 1);
				rows[b].set(a, (rows[b].get(a) ?? 0) + 1);
			}
		}
	}
	return rows;
}

/**
 * PPMI(w, c) = max(0, log P(w, c) / (P_α(w) · P_α(c))) with P(w, c) = n(w, c) / N and the smoothed
 * marginal P_α(x) = n(x)^α / Σ_y n(y)^α, n(x) being the row sum. α < 1 raises rare words'
 * marginals, which tames their otherwise huge PMI (α = 0.75 as in word2vec). Smoothing both
 * sides keeps a symmetric count matrix symmetric. Zero rows stay zero; only positive entries
 * are stored.
 */
export function ppmi(counts: SparseRows, alpha = 0.75): SparseRows {
	if (!(alpha > 0 && alpha <= 1)) throw new Error(`ppmi: alpha must be in (0, 1], got ${alpha}`);
	const marginal = counts.map((row) => {
		let s = 0;
		for (const v of row.values()) s += v;
		return s;
	});
	const total = marginal.reduce((a, b) => a + b, 0);
	const smoothed = marginal.map((m) => Math.pow(m, alpha));
	const smoothedTotal = smoothed.reduce((a, b) => a + b, 0);
	return counts.map((row, w) => {
		const out = new Map<number, number>();
		for (const [c, n] of row) {
			if (n <= 0) continue;
			const pmi = Math.log(
				n / total / ((smoothed[w] / smoothedTotal) * (smoothed[c] / smoothedTotal))
			);
			if (pmi > 0) out.set(c, pmi);
		}
		return out;
	});
}

/** A·B for sparse A (m rows) and dense B (rows indexed by A's columns). */
export function sparseMatmul(A: SparseRows, B: number[][]): number[][] {
	const p = B.length > 0 ? B[0].length : 0;
	return A.map((row) => {
		const out = new Array<number>(p).fill(0);
		for (const [k, a] of row) {
			const bRow = B[k];
			if (!bRow) throw new Error(`sparseMatmul: column ${k} has no row in B (${B.length} rows)`);
			for (let j = 0; j < p; j++) out[j] += a * bRow[j];
		}
		return out;
	});
}

/** The dense cols-wide matrix of A. */
export function densify(A: SparseRows, cols: number): number[][] {
	return A.map((row) => {
		const out = new Array<number>(cols).fill(0);
		for (const [c, v] of row) out[c] = v;
		return out;
	});
}
