/**
 * The error function and the standard normal distribution, to about 1e-15 relative accuracy
 * (JavaScript has no Math.erf). Exact GELU, x·Φ(x), needs Φ, and Φ(x) = erfc(−x/√2) / 2.
 *
 * Two classical expansions, each used where it converges fast:
 *  - |x| < 1.5: erf(x) = (2/√π) e^{−x²} Σₙ 2ⁿ x^{2n+1} / (1·3·5···(2n+1)) (Abramowitz & Stegun
 *    7.1.6). Every term is positive, so nothing cancels; 25 terms reach double precision at 1.5.
 *  - |x| ≥ 1.5: erfc(x) from the even part of Laplace's continued fraction (A&S 7.1.14),
 *    x e^{−x²}/√π · 1/(x² + ½ − (1·½)/(x² + 5/2 − (2·3/2)/(x² + 9/2 − …))), 50 levels at 1.5.
 *    erfc is computed directly there, so the tail keeps its relative accuracy.
 * The same split served CPython's math.erf for years. Both converge faster away from 1.5, so the
 * number of terms steps down with |x| (counts checked against mpmath: no loss of accuracy); GELU
 * calls this once per activation, and most activations are small.
 */

const SERIES_CUTOFF = 1.5;
/** Past this, erfc(x) < 1e-300 and underflows: erfc = 0 and erf = ±1. */
const TAIL_CUTOFF = 27;
const SQRT_PI = Math.sqrt(Math.PI);

/** erf(x) for |x| < SERIES_CUTOFF, summed from the smallest term up. */
function erfSeries(x: number): number {
	const x2 = x * x;
	const terms = x2 <= 0.25 ? 12 : x2 <= 1 ? 18 : 25;
	let acc = 0;
	let k = terms + 0.5;
	for (let i = 0; i < terms; i++) {
		acc = 2 + (x2 * acc) / k;
		k -= 1;
	}
	return (acc * x * Math.exp(-x2)) / SQRT_PI;
}

/** erfc(x) for x ≥ SERIES_CUTOFF, by the convergents p/q of the continued fraction. */
function erfcFraction(x: number): number {
	if (x >= TAIL_CUTOFF) return 0;
	const terms = x < 2 ? 50 : x < 2.5 ? 25 : x < 3 ? 18 : x < 4 ? 14 : x < 6 ? 10 : 6;
	const x2 = x * x;
	let a = 0;
	let da = 0.5;
	let p = 1;
	let pLast = 0;
	let q = da + x2;
	let qLast = 1;
	for (let i = 0; i < terms; i++) {
		a += da;
		da += 2;
		const b = da + x2;
		const p0 = p;
		p = b * p - a * pLast;
		pLast = p0;
		const q0 = q;
		q = b * q - a * qLast;
		qLast = q0;
	}
	return ((p / q) * x * Math.exp(-x2)) / SQRT_PI;
}

/** The error function (2/√π) ∫₀ˣ e^{−t²} dt; NaN for NaN. */
export function erf(x: number): number {
	const ax = Math.abs(x);
	if (ax < SERIES_CUTOFF) return erfSeries(x);
	const tail = erfcFraction(ax);
	return x > 0 ? 1 - tail : tail - 1;
}

/** The complementary error function 1 − erf(x), accurate in its tail (erfc(10) ≈ 2.1e-45). */
export function erfc(x: number): number {
	const ax = Math.abs(x);
	if (ax < SERIES_CUTOFF) return 1 - erfSeries(x);
	const tail = erfcFraction(ax);
	return x > 0 ? tail : 2 - tail;
}

/** Φ(x), the standard normal cumulative distribution; relative accuracy kept in the left tail. */
export function normalCdf(x: number): number {
	return 0.5 * erfc(-x / Math.SQRT2);
}

/** Indices of the elements whose series has 12, 18 or 25 terms, a third each; reused. */
let lanes = new Int32Array(0);

/**
 * Φ of every element of x into out, each to the same bits as normalCdf. The series' divisions
 * form one dependent chain per element; running four elements' chains side by side lets them
 * overlap (measured: ≈1.4× on GELU-sized arrays), so the elements are grouped by their number
 * of terms first.
 */
export function normalCdfInto(x: ArrayLike<number>, out: Float64Array): void {
	const n = x.length;
	if (lanes.length < 3 * n) lanes = new Int32Array(3 * n);
	const at = lanes;
	let short = 0;
	let middle = n;
	let long = 2 * n;
	for (let i = 0; i < n; i++) {
		const y = -x[i] / Math.SQRT2;
		const y2 = y * y;
		if (!(Math.abs(y) < SERIES_CUTOFF)) {
			const tail = erfcFraction(Math.abs(y));
			out[i] = 0.5 * (y > 0 ? tail : 2 - tail);
		} else if (y2 <= 0.25) at[short++] = i;
		else if (y2 <= 1) at[middle++] = i;
		else at[long++] = i;
	}
	cdfSeries(x, out, at, 0, short, 12);
	cdfSeries(x, out, at, n, middle, 18);
	cdfSeries(x, out, at, 2 * n, long, 25);
}

/** normalCdf's series path (erfSeries of −x/√2 with `terms` terms) for x[at[from … to−1]]. */
function cdfSeries(
	x: ArrayLike<number>,
	out: Float64Array,
	at: Int32Array,
	from: number,
	to: number,
	terms: number
) {
	let j = from;
	for (; j + 3 < to; j += 4) {
		const i0 = at[j];
		const i1 = at[j + 1];
		const i2 = at[j + 2];
		const i3 = at[j + 3];
		const y0 = -x[i0] / Math.SQRT2;
		const y1 = -x[i1] / Math.SQRT2;
		const y2 = -x[i2] / Math.SQRT2;
		const y3 = -x[i3] / Math.SQRT2;
		const s0 = y0 * y0;
		const s1 = y1 * y1;
		const s2 = y2 * y2;
		const s3 = y3 * y3;
		let a0 = 0;
		let a1 = 0;
		let a2 = 0;
		let a3 = 0;
		let k = terms + 0.5;
		for (let t = 0; t < terms; t++) {
			a0 = 2 + (s0 * a0) / k;
			a1 = 2 + (s1 * a1) / k;
			a2 = 2 + (s2 * a2) / k;
			a3 = 2 + (s3 * a3) / k;
			k -= 1;
		}
		out[i0] = 0.5 * (1 - (a0 * y0 * Math.exp(-s0)) / SQRT_PI);
		out[i1] = 0.5 * (1 - (a1 * y1 * Math.exp(-s1)) / SQRT_PI);
		out[i2] = 0.5 * (1 - (a2 * y2 * Math.exp(-s2)) / SQRT_PI);
		out[i3] = 0.5 * (1 - (a3 * y3 * Math.exp(-s3)) / SQRT_PI);
	}
	for (; j < to; j++) out[at[j]] = normalCdf(x[at[j]]);
}

/** φ(x) = e^{−x²/2} / √(2π), the standard normal density. */
export function normalPdf(x: number): number {
	return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}

const polynomial = (coefficients: readonly number[], x: number) =>
	coefficients.reduceRight((sum, c) => sum * x + c, 0);

// Wichura's algorithm AS 241 (PPND16, Applied Statistics 37, 1988): rational approximations of
// Φ⁻¹, about 1e-16 relative accuracy, on three ranges of p.
const CENTRAL = {
	num: [
		3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946,
		45921.95393154987, 67265.7709270087, 33430.57558358813, 2509.0809287301227
	],
	den: [
		1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597,
		39307.89580009271, 28729.085735721943, 5226.495278852854
	]
};
const NEAR = {
	num: [
		1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045,
		1.2704582524523684, 0.2417807251774506, 0.022723844989269184, 0.0007745450142783414
	],
	den: [
		1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008,
		0.015198666563616457, 0.0005475938084995345, 1.0507500716444169e-9
	]
};
const FAR = {
	num: [
		6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487,
		0.026532189526576124, 0.0012426609473880784, 2.7115555687434876e-5, 2.0103343992922881e-7
	],
	den: [
		1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 0.0007868691311456133,
		1.8463183175100548e-5, 1.421511758316446e-7, 2.0442631033899397e-15
	]
};

/** Φ⁻¹(p), the standard normal quantile: −∞ at 0, ∞ at 1, NaN outside [0, 1]. */
export function normalQuantile(p: number): number {
	if (!(p >= 0 && p <= 1)) return NaN;
	if (p === 0) return -Infinity;
	if (p === 1) return Infinity;
	const q = p - 0.5;
	if (Math.abs(q) <= 0.425) {
		const r = 0.180625 - q * q;
		return (q * polynomial(CENTRAL.num, r)) / polynomial(CENTRAL.den, r);
	}
	let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
	const range = r <= 5 ? NEAR : FAR;
	r -= r <= 5 ? 1.6 : 5;
	const x = polynomial(range.num, r) / polynomial(range.den, r);
	return q < 0 ? -x : x;
}
