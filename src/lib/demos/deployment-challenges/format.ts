/** How the deployment page writes sizes, times and rates: units people read at a glance. */

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (n: number) =>
	String(n)
		.split('')
		.map((c) => (c === '-' ? '⁻' : SUPERSCRIPT[Number(c)]))
		.join('');

const thousands = new Intl.NumberFormat('en-US');
/**
 * 1,234,567: as toLocaleString('en-US') writes it, through one formatter (toLocaleString builds
 * a new one at each call, and a drag writes dozens of figures per move).
 */
export const count = (n: number) => thousands.format(n);

/** Three significant figures with thousands separators at or above 1,000. */
export function sig(x: number): string {
	if (!Number.isFinite(x)) return String(x);
	if (x === 0) return '0';
	if (Math.abs(x) >= 1000) return count(Math.round(x));
	return Number(x.toPrecision(3)).toString();
}

/** 6.74×10⁹; whole numbers below 100,000 as they are. */
export function sci(x: number): string {
	if (Number.isInteger(x) && Math.abs(x) < 1e5) return count(x);
	const exponent = Math.floor(Math.log10(Math.abs(x)));
	const mantissa = x / 10 ** exponent;
	return `${Number(mantissa.toFixed(2))}×10${superscript(exponent)}`;
}

/** Bytes in GB (10⁹ bytes), as GPU makers count them. */
export const gb = (bytes: number) => `${sig(bytes / 1e9)} GB`;

/** A duration in µs, ms, s, min or h. */
export function duration(seconds: number): string {
	if (!Number.isFinite(seconds)) return String(seconds);
	if (seconds < 1e-3) return `${sig(seconds * 1e6)} µs`;
	if (seconds < 1) return `${sig(seconds * 1e3)} ms`;
	if (seconds < 120) return `${sig(seconds)} s`;
	if (seconds < 7200) return `${sig(seconds / 60)} min`;
	return `${sig(seconds / 3600)} h`;
}

/**
 * Ticks for a log axis that stay readable however narrow its range: 1-2-5 steps, thinned to
 * powers of ten when more than `max` would show, and never fewer than two.
 */
export function logTicks([lo, hi]: readonly [number, number], max = 6): number[] {
	if (!(lo > 0 && hi > lo && Number.isFinite(hi))) return [];
	const ticks: number[] = [];
	for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
		for (const m of [1, 2, 5]) {
			const v = m * 10 ** e;
			if (v >= lo && v <= hi) ticks.push(v);
		}
	}
	if (ticks.length <= max) return ticks.length >= 2 ? ticks : [lo, hi];
	const exponent = (v: number) => Math.log10(v);
	const powers = ticks.filter((v) => Math.abs(exponent(v) - Math.round(exponent(v))) < 1e-9);
	return powers.length >= 2
		? powers
		: ticks.filter((_, i) => i % Math.ceil(ticks.length / max) === 0);
}
