import { matmul } from '$lib/math/linalg';
import { sinusoidalPositionalEncoding } from '$lib/math/positional';
import type { WordVectors } from '$lib/math/word-vectors';
import { headKinds, headProjection, isHeadKind, type Layout } from './heads';
import { WORD_DIM } from './vectors';

export interface SourceToken {
	text: string;
	/** Has a word vector: unknown words, punctuation and emoji get a zero vector. */
	known: boolean;
}

/** One head's matrices for the current tokens: Q, K are n × d_k, V is n × d_v. */
export interface HeadQKV {
	/** A HeadKind for the built heads (its name is the string 'attn.head.<kind>'); free-form otherwise. */
	kind: string;
	Q: number[][];
	K: number[][];
	V: number[][];
}

/** Where Q, K and V come from. A trained model can implement this in place of guideSource. */
export interface AttentionSource {
	readonly tokens: readonly SourceToken[];
	readonly dModel: number;
	/** n × d_model token representations. */
	readonly X: number[][];
	/**
	 * The heads with key width dK, in the order given (default: every kind, see headKinds).
	 * The i-th head returned reads the i-th dK-wide slice of x as its values (wrapping around
	 * d_model): a layer of h = d_model / dK heads splits x among its heads.
	 */
	heads(dK: number, kinds?: readonly string[]): HeadQKV[];
}

export interface GuideSourceOptions {
	/** A multiple of 4 from 8 to 2·WORD_DIM (default 64): half word vector, half position. */
	dModel?: number;
	/** false: no positional encoding (zeros), so position-based heads see nothing. */
	positions?: boolean;
}

const unit = (v: number[]) => {
	const n = Math.hypot(...v);
	return n > 0 ? v.map((x) => x / n) : v;
};

/**
 * The hand-built source: x_i = [word vector of token i from the guide | PE(i)], and the heads of
 * headProjection. Token lookup is case-insensitive.
 */
export function guideSource(
	tokens: readonly string[],
	vectors: WordVectors,
	opts: GuideSourceOptions = {}
): AttentionSource {
	const { dModel = 2 * WORD_DIM, positions = true } = opts;
	if (!Number.isInteger(dModel) || dModel % 4 !== 0 || dModel < 8 || dModel > 2 * WORD_DIM) {
		throw new Error(`guideSource: d_model must be a multiple of 4 in [8, ${2 * WORD_DIM}]`);
	}
	const layout: Layout = { dModel, word: dModel / 2 };
	const n = tokens.length;
	const pe = positions ? sinusoidalPositionalEncoding(n, dModel / 2) : [];
	const sourceTokens: SourceToken[] = [];
	const X = tokens.map((text, i) => {
		const index = vectors.index.get(text.toLowerCase());
		sourceTokens.push({ text, known: index !== undefined });
		const word =
			index === undefined
				? new Array<number>(layout.word).fill(0)
				: unit(vectors.vectors[index].slice(0, layout.word));
		return [...word, ...(positions ? pe[i] : new Array<number>(dModel / 2).fill(0))];
	});

	return {
		tokens: sourceTokens,
		dModel,
		X,
		heads(dK, kinds = headKinds) {
			return kinds.map((kind, i) => {
				if (!isHeadKind(kind)) throw new Error(`guideSource: no head of kind "${kind}"`);
				const { WQ, WK, bQ } = headProjection(kind, layout, dK, n);
				const Q = matmul(X, WQ).map((row) => row.map((v, d) => v + bQ[d]));
				const V = X.map((x) => Array.from({ length: dK }, (_, d) => x[(i * dK + d) % dModel]));
				return { kind, Q, K: matmul(X, WK), V };
			});
		}
	};
}

/**
 * M with entries replaced by a row-major list of edits (the user's own Q or K); `edits` of any
 * other length than rows × cols is ignored, so a stale list from another sentence does no harm.
 */
export function withEdits(M: number[][], edits: readonly number[]): number[][] {
	const cols = M.length > 0 ? M[0].length : 0;
	if (edits.length === 0 || edits.length !== M.length * cols) return M;
	return M.map((row, i) => row.map((_, j) => edits[i * cols + j]));
}
