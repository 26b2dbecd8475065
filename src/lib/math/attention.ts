/**
 * Scaled dot-product attention, multi-head attention, attention masks, and the closed-form
 * size of full vs sparse attention patterns.
 */
import { checkSize } from './check-size';
import { concatColumns, dot, matmul } from './linalg';
import { softmax } from './softmax';

/** 'causal': query i sees keys j ≤ i. A boolean matrix: mask[i][j] = true means i may attend to j. */
export type AttentionMask = 'none' | 'causal' | boolean[][];

export interface AttentionOptions {
	mask?: AttentionMask;
	/** Divide the scores by √d_k (default true). */
	scale?: boolean;
}

export interface AttentionResult {
	/** QKᵀ (divided by √d_k when scaling), BEFORE masking: masked entries still hold their value. */
	scores: number[][];
	/** Row-wise softmax of the masked scores; masked entries are exactly 0. */
	weights: number[][];
	/** weights · V. */
	output: number[][];
}

function allowed(mask: AttentionMask, i: number, j: number): boolean {
	if (mask === 'none') return true;
	if (mask === 'causal') return j <= i;
	return mask[i][j];
}

/**
 * softmax(QKᵀ/√d_k + mask) · V for Q (n_q×d_k), K (n_k×d_k), V (n_k×d_v).
 *
 * Masked positions get weight exactly 0. A query row that may attend to nothing (possible with a
 * boolean mask) gets all-zero weights and a zero output row, rather than the NaN that
 * softmax over all −∞ would give. 'causal' with n_q ≠ n_k still means j ≤ i (top-left aligned).
 */
export function scaledDotProductAttention(
	Q: number[][],
	K: number[][],
	V: number[][],
	opts: AttentionOptions = {}
): AttentionResult {
	const { mask = 'none', scale = true } = opts;
	if (K.length !== V.length) {
		throw new Error(`scaledDotProductAttention: K has ${K.length} rows but V has ${V.length}`);
	}
	const dk = Q.length > 0 ? Q[0].length : 0;
	if (K.length > 0 && K[0].length !== dk) {
		throw new Error(`scaledDotProductAttention: Q rows have d_k = ${dk}, K rows ${K[0].length}`);
	}
	if (Array.isArray(mask)) {
		if (mask.length !== Q.length || mask.some((row) => row.length !== K.length)) {
			throw new Error(
				`scaledDotProductAttention: mask must be ${Q.length}×${K.length} (queries × keys)`
			);
		}
	}
	const factor = scale && dk > 0 ? 1 / Math.sqrt(dk) : 1;
	// Query row · key row: the sums of matmul(Q, transpose(K)), in the same order, with no copy.
	const scores = Q.map((q) => K.map((k) => dot(q, k) * factor));
	const weights = scores.map((row, i) => {
		const masked = mask === 'none' ? row : row.map((s, j) => (allowed(mask, i, j) ? s : -Infinity));
		return masked.some((s) => s !== -Infinity) ? softmax(masked) : masked.map(() => 0);
	});
	const dv = V.length > 0 ? V[0].length : 0;
	const output = K.length > 0 ? matmul(weights, V) : Q.map(() => new Array<number>(dv).fill(0));
	return { scores, weights, output };
}

export interface AttentionHead {
	/** d_model × d_k projections. */
	WQ: number[][];
	WK: number[][];
	WV: number[][];
}

/**
 * Multi-head self-attention on X (n × d_model): each head attends with Q = X·W_Q, K = X·W_K,
 * V = X·W_V (each d_model × d_k, usually d_k = d_model / h), the head outputs are concatenated
 * (n × h·d_k) and projected by W_O (h·d_k × d_model, i.e. d_model × d_model).
 */
export function multiHeadAttention(
	X: number[][],
	heads: AttentionHead[],
	WO: number[][],
	opts: AttentionOptions = {}
): { heads: AttentionResult[]; concat: number[][]; output: number[][] } {
	if (heads.length === 0) throw new Error('multiHeadAttention: need at least one head');
	const dModel = X.length > 0 ? X[0].length : heads[0].WQ.length;
	const results = heads.map((h, i) => {
		for (const [name, W] of [
			['WQ', h.WQ],
			['WK', h.WK],
			['WV', h.WV]
		] as const) {
			if (W.length !== dModel) {
				throw new Error(
					`multiHeadAttention: head ${i} ${name} has ${W.length} rows, expected d_model = ${dModel}`
				);
			}
		}
		return scaledDotProductAttention(matmul(X, h.WQ), matmul(X, h.WK), matmul(X, h.WV), opts);
	});
	const concat = concatColumns(results.map((r) => r.output));
	const width = concat.length > 0 ? concat[0].length : 0;
	if (X.length > 0 && WO.length !== width) {
		throw new Error(
			`multiHeadAttention: W_O has ${WO.length} rows but the concatenated heads are ${width} wide`
		);
	}
	return { heads: results, concat, output: matmul(concat, WO) };
}

function buildMask(n: number, ok: (i: number, j: number) => boolean): boolean[][] {
	return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => ok(i, j)));
}

/** Token i may attend to j iff j ≤ i (lower triangle including the diagonal). */
export function causalMask(n: number): boolean[][] {
	checkSize('causalMask', 'n', n, 0);
	return buildMask(n, (i, j) => j <= i);
}

/**
 * Token i may attend to j iff |i − j| ≤ window: `window` neighbours on each side plus itself.
 * Not causal by itself; intersect with causalMask(n) for the decoder (Mistral-style) version,
 * where each token sees itself and the `window` tokens before it.
 */
export function slidingWindowMask(n: number, window: number): boolean[][] {
	checkSize('slidingWindowMask', 'n', n, 0);
	checkSize('slidingWindowMask', 'window', window, 0);
	return buildMask(n, (i, j) => Math.abs(i - j) <= window);
}

/**
 * Tokens are grouped into blocks of size `block` (the last may be shorter). Token i may attend to
 * j iff they are in the same block, or j is the first token of an earlier block (a "global"
 * summary token per block). Within a block attention goes both ways: not causal by itself;
 * intersect with causalMask(n) for a decoder.
 */
export function blockSparseMask(n: number, block: number): boolean[][] {
	checkSize('blockSparseMask', 'n', n, 0);
	checkSize('blockSparseMask', 'block', block, 1);
	return buildMask(n, (i, j) => {
		const bi = Math.floor(i / block);
		const bj = Math.floor(j / block);
		return bi === bj || (j % block === 0 && bj < bi);
	});
}

/** Entry-wise AND of two masks of the same shape (e.g. sliding window ∧ causal). */
export function intersectMasks(a: boolean[][], b: boolean[][]): boolean[][] {
	if (a.length !== b.length || a.some((row, i) => row.length !== b[i].length)) {
		throw new Error('intersectMasks: masks have different shapes');
	}
	return a.map((row, i) => row.map((v, j) => v && b[i][j]));
}

/** Number of allowed (true) entries. */
export function maskCount(mask: boolean[][]): number {
	let count = 0;
	for (const row of mask) for (const v of row) if (v) count++;
	return count;
}

export interface PatternCost {
	/** Allowed query–key pairs = score entries that must be computed and stored. */
	entries: number;
	/** entries × bytesPerEntry, for one head of one sequence. */
	bytes: number;
	/** entries / n², the fraction of the full matrix. */
	density: number;
}

/**
 * Size of the n×n attention-score matrix for each pattern, in closed form so that n = 131072
 * needs no matrix. Counts match maskCount of causalMask, slidingWindowMask and blockSparseMask.
 * bytesPerEntry defaults to 2 (fp16/bf16, as in real models). slidingWindow / blockSparse are
 * present only when window / block are given.
 */
export function attentionCost(
	n: number,
	opts: { window?: number; block?: number; bytesPerEntry?: number } = {}
): {
	full: PatternCost;
	causal: PatternCost;
	slidingWindow?: PatternCost;
	blockSparse?: PatternCost;
} {
	checkSize('attentionCost', 'n', n, 0);
	const { window, block, bytesPerEntry = 2 } = opts;
	if (!(bytesPerEntry > 0)) {
		throw new Error(`attentionCost: bytesPerEntry must be > 0, got ${bytesPerEntry}`);
	}
	const cost = (entries: number): PatternCost => ({
		entries,
		bytes: entries * bytesPerEntry,
		density: n === 0 ? 0 : entries / (n * n)
	});
	const result: ReturnType<typeof attentionCost> = {
		full: cost(n * n),
		causal: cost((n * (n + 1)) / 2)
	};
	if (window !== undefined) {
		checkSize('attentionCost', 'window', window, 0);
		// A band of width 2w+1 per row, minus the two corner triangles of w(w+1)/2 cut off at
		// the edges (w capped at n − 1, when the band covers everything).
		const w = Math.min(window, Math.max(n - 1, 0));
		result.slidingWindow = cost(n * (2 * w + 1) - w * (w + 1));
	}
	if (block !== undefined) {
		checkSize('attentionCost', 'block', block, 1);
		const q = Math.floor(n / block); // full blocks
		const r = n % block; // size of the final partial block
		const local = q * block * block + r * r;
		// A row in block index B also sees the first token of each of the B earlier blocks.
		const global = (block * q * (q - 1)) / 2 + r * q;
		result.blockSparse = cost(local + global);
	}
	return result;
}
