/** How the softmax demo writes its numbers, including ones too large for a float64. */

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUBSCRIPT = '₀₁₂₃₄₅₆₇₈₉';

const digits = (n: number, set: string) =>
	String(Math.abs(n))
		.split('')
		.map((d) => set[Number(d)])
		.join('');

/** 434 → '⁴³⁴', −5 → '⁻⁵'. */
export const superscript = (n: number) => (n < 0 ? '⁻' : '') + digits(n, SUPERSCRIPT);

/** The name of score i (from 0): x₁, x₂, … */
export const scoreName = (i: number) => `x${digits(i + 1, SUBSCRIPT)}`;

/**
 * e^y as m × 10^k with 1 ≤ m < 10, computed from y itself, so that it works far beyond what
 * Math.exp can hold (e^1000 ≈ 1.97 × 10^434, while Math.exp(1000) is Infinity).
 */
export function powerOfTen(y: number): { mantissa: number; exponent: number } {
	const log10 = y / Math.LN10;
	let exponent = Math.floor(log10);
	let mantissa = 10 ** (log10 - exponent);
	// A log10 a hair below an integer can round the mantissa up to 10.
	if (mantissa >= 10) {
		mantissa /= 10;
		exponent += 1;
	}
	return { mantissa, exponent };
}

/**
 * The exact value of e^y to three significant digits: plain between 0.01 and 1000, otherwise
 * like 1.97×10⁴³⁴. e^−∞ is 0.
 */
export function expText(y: number): string {
	if (y === -Infinity) return '0';
	let { mantissa, exponent } = powerOfTen(y);
	if (exponent >= -2 && exponent <= 2) {
		const plain = Math.exp(y).toPrecision(3);
		if (!plain.includes('e')) return plain;
	}
	mantissa = Number(mantissa.toPrecision(3));
	if (mantissa >= 10) {
		mantissa /= 10;
		exponent += 1;
	}
	return `${mantissa.toFixed(2)}×10${superscript(exponent)}`;
}

/** A float64 to three digits as a program would print it: 0, Infinity and NaN included. */
export function floatText(x: number): string {
	return Number.isFinite(x) && x !== 0 ? x.toPrecision(3) : String(x);
}

/** A probability with four decimals; tiny ones in exponent form so that they do not read as 0. */
export function probText(p: number): string {
	if (!Number.isFinite(p)) return String(p);
	if (p === 0 || p >= 5e-5) return p.toFixed(4);
	return p.toExponential(2);
}

/** A signed shift such as +1 or −10. */
export const signed = (c: number) => (c > 0 ? `+${c}` : c < 0 ? `−${-c}` : '0');
