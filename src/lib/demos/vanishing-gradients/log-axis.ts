/**
 * A log axis for norms that span dozens of decades and may underflow: values below FLOOR (0
 * included) sit on the floor, the domain covers what is there, and the ticks are powers of ten
 * spaced so that about six fit.
 */
import { FLOOR } from './params';

/** 10ᵉ as its decimal literal parses (10 ** -24 is 1.0000000000000001e-24). */
const power = (e: number) => Number(`1e${e}`);

/** The value drawn: never below the floor, never NaN (a non-finite norm is drawn at the floor too). */
export const floored = (x: number) => (Number.isFinite(x) && x > FLOOR ? x : FLOOR);

/** [lo, hi] in powers of ten around the floored values, at least two decades wide. */
export function logDomain(values: readonly number[]): [number, number] {
	const shown = values.filter(Number.isFinite).map(floored);
	if (shown.length === 0) return [FLOOR, 1];
	const lo = Math.floor(Math.log10(Math.min(...shown)));
	const hi = Math.max(lo + 2, Math.ceil(Math.log10(Math.max(...shown))));
	return [power(lo), power(hi)];
}

/** Powers of ten in the domain, every k-th decade so that at most `most` are drawn. */
export function logTicks([lo, hi]: readonly [number, number], most = 6): number[] {
	const a = Math.round(Math.log10(lo));
	const b = Math.round(Math.log10(hi));
	const every = Math.max(1, Math.ceil((b - a) / (most - 1)));
	const out: number[] = [];
	for (let e = b; e >= a; e -= every) out.unshift(power(e));
	return out;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** A power of ten as 10ⁿ (10⁻³⁰, 1, 10³). */
export function decade(x: number): string {
	const e = Math.round(Math.log10(x));
	if (e === 0) return '1';
	const digits = [...String(Math.abs(e))].map((d) => SUPERSCRIPT[Number(d)]).join('');
	return `10${e < 0 ? '⁻' : ''}${digits}`;
}

/** A norm for a table or readout: 3 significant digits in scientific notation, or null below the floor. */
export function scientific(x: number): string | null {
	if (!Number.isFinite(x)) return x > 0 ? '∞' : null;
	if (x < FLOOR) return null;
	return x.toExponential(2).replace('-', '−');
}
