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

/** φ(x) = e^{−x²/2} / √(2π), the standard normal density. */
export function normalPdf(x: number): number {
	return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}
