/**
 * Attention heads built by hand so that each does one recognisable thing, as projections
 * W_Q, W_K (d_model × d_k) and a query bias b_Q, on token representations laid out as
 *   x = [ word vector (dims 0 … word−1) | sinusoidal positional encoding (dims word … d_model−1) ].
 *
 * Positional heads use the identity PE[pos + s] = M_s · PE[pos] (shiftMatrix): with
 * q_i = g·M_s·PE[i] and k_j = g·PE[j], the score q_i·k_j = g²·Σ cos((i + s − j)·ω) is largest
 * exactly at j = i + s. The gain g is set so that after ÷√d_k the intended key leads the
 * runner-up by MARGIN. Content heads compare word vectors. A head with a small d_k sees fewer
 * frequency pairs or word dimensions: that is the price of many narrow heads.
 */
import { shiftMatrix } from '$lib/math/positional';

/** The heads in the order a layer with h heads takes them (the first h). */
export const headKinds = [
	'similar',
	'previous',
	'first',
	'next',
	'local',
	'broad',
	'self',
	'previous2'
] as const;
export type HeadKind = (typeof headKinds)[number];

export function isHeadKind(kind: string): kind is HeadKind {
	return (headKinds as readonly string[]).includes(kind);
}

/** Token i attends to i + shift. */
const shifts = { previous: -1, next: 1, self: 0, previous2: -2 } as const;

/** Lead, in scaled score, of the intended key over the runner-up (e⁴ ≈ 55 times the weight). */
const MARGIN = 4;
/** Scaled score per unit of cosine similarity in the content head. */
const CONTENT_GAIN = 5;
/** The local head's score falls by this much (scaled) from distance 0 to distance 3. */
const LOCAL_FALLOFF = 2;

export interface Layout {
	dModel: number;
	/** Word-vector dims [0, word); positional-encoding dims [word, dModel). */
	word: number;
}

export interface Projection {
	WQ: number[][];
	WK: number[][];
	/** Added to every query: lets a head ask the same question at every position. */
	bQ: number[];
}

/** ω_i of the positional encoding of width pe: pair i is (sin, cos) of pos·ω_i. */
function frequency(i: number, pe: number): number {
	return 1 / Math.pow(10000, (2 * i) / pe);
}

/** The smallest drop Σ (1 − cos Δω) over offsets Δ = 1 … span: how close the runner-up comes. */
function runnerUpGap(omegas: number[], span: number): number {
	let gap = Infinity;
	for (let d = 1; d <= Math.max(1, span); d++) {
		let s = 0;
		for (const w of omegas) s += 1 - Math.cos(d * w);
		gap = Math.min(gap, s);
	}
	return gap;
}

const zeros = (r: number, c: number) =>
	Array.from({ length: r }, () => new Array<number>(c).fill(0));

/**
 * The projections of one head for inputs of `length` tokens (the gain of positional heads
 * depends on how many offsets must be told apart). Throws unless 2 ≤ dK ≤ dModel.
 */
export function headProjection(
	kind: HeadKind,
	layout: Layout,
	dK: number,
	length: number
): Projection {
	const { dModel, word } = layout;
	if (!Number.isInteger(dK) || dK < 2 || dK > dModel) {
		throw new Error(`headProjection: d_k must be an integer in [2, ${dModel}], got ${dK}`);
	}
	const pe = dModel - word;
	const WQ = zeros(dModel, dK);
	const WK = zeros(dModel, dK);
	const bQ = new Array<number>(dK).fill(0);

	const pairs = Math.min(Math.floor(dK / 2), Math.floor(pe / 2));
	/** Keys read pairs first … first+pairs−1 of the encoding, scaled by g. */
	const positionalKeys = (first: number, g: number) => {
		for (let p = 0; p < pairs; p++) {
			WK[word + 2 * (first + p)][2 * p] = g;
			WK[word + 2 * (first + p) + 1][2 * p + 1] = g;
		}
	};
	const sqrtDk = Math.sqrt(dK);

	if (kind === 'similar' || kind === 'broad') {
		const dims = Math.min(dK, word);
		const g = kind === 'similar' ? CONTENT_GAIN * sqrtDk : 0;
		for (let d = 0; d < dims; d++) {
			WQ[d][d] = g;
			WK[d][d] = 1;
		}
	} else if (kind === 'local') {
		// Slow pairs only (ω < 0.35): the score fades smoothly with distance instead of peaking.
		let first = 0;
		while (first < pe / 2 && frequency(first, pe) >= 0.35) first++;
		first = Math.max(0, Math.min(first, Math.floor(pe / 2) - pairs));
		const omegas = Array.from({ length: pairs }, (_, p) => frequency(first + p, pe));
		const drop = omegas.reduce((s, w) => s + 1 - Math.cos(3 * w), 0);
		const g = drop > 0 ? Math.sqrt((LOCAL_FALLOFF * sqrtDk) / drop) : 0;
		positionalKeys(first, g);
		for (let p = 0; p < pairs; p++) {
			WQ[word + 2 * (first + p)][2 * p] = g;
			WQ[word + 2 * (first + p) + 1][2 * p + 1] = g;
		}
	} else {
		const omegas = Array.from({ length: pairs }, (_, p) => frequency(p, pe));
		const gap = runnerUpGap(omegas, length - 1);
		// A floor on the gap keeps the numbers readable when few pairs must separate many offsets.
		const g = pairs > 0 ? Math.sqrt((MARGIN * sqrtDk) / Math.max(gap, 0.25)) : 0;
		positionalKeys(0, g);
		if (kind === 'first') {
			// The query is PE[0] = (sin 0, cos 0, …) = (0, 1, 0, 1, …) at every position.
			for (let p = 0; p < pairs; p++) bQ[2 * p + 1] = g;
		} else {
			const M = shiftMatrix(pe, shifts[kind]);
			// Row vectors: q = x·W_Q must equal g·M_s·PE, so W_Q[pe row b][out a] = g·M[a][b].
			for (let p = 0; p < pairs; p++) {
				for (let a = 0; a < 2; a++) {
					for (let b = 0; b < 2; b++) {
						WQ[word + 2 * p + b][2 * p + a] = g * M[2 * p + a][2 * p + b];
					}
				}
			}
		}
	}
	return { WQ, WK, bQ };
}
