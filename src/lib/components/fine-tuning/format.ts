/** How the fine-tuning views write parameter counts and shares (bytes: $lib/format/bytes). */

const grouped = new Intl.NumberFormat('en-US');

/** 8192 → "8,192"; 4194304 → "4.19M"; 6738415616 → "6.74B": three significant digits past 10⁴. */
export function formatParams(n: number): string {
	if (!Number.isFinite(n)) return '—';
	if (Math.abs(n) < 1e4) return grouped.format(Math.round(n));
	for (const [size, unit] of [
		[1e12, 'T'],
		[1e9, 'B'],
		[1e6, 'M'],
		[1e3, 'k']
	] as const) {
		if (Math.abs(n) >= size) return `${Number((n / size).toPrecision(3))}${unit}`;
	}
	return String(n);
}

/** A share as a percentage with enough digits to be non-zero: 0.000622 → "0.0622%". */
export function formatShare(part: number, whole: number): string {
	if (!(whole > 0)) return '—';
	const p = (100 * part) / whole;
	if (p === 0) return '0%';
	if (p >= 10) return `${p.toFixed(1)}%`;
	return `${Number(p.toPrecision(3))}%`;
}
