/** How pages write a number of bytes, three significant digits. */

const DECIMAL = [
	[1e15, 'PB'],
	[1e12, 'TB'],
	[1e9, 'GB'],
	[1e6, 'MB'],
	[1e3, 'kB']
] as const;
const BINARY = [
	[2 ** 50, 'PiB'],
	[2 ** 40, 'TiB'],
	[2 ** 30, 'GiB'],
	[2 ** 20, 'MiB'],
	[2 ** 10, 'KiB']
] as const;

/**
 * Decimal units by default, as GPU datasheets and model cards give memory (13476831232 →
 * "13.5 GB"); binary units for sizes that are powers of two (2²⁹ → "512 MiB").
 */
export function formatBytes(bytes: number, units: 'decimal' | 'binary' = 'decimal'): string {
	if (!Number.isFinite(bytes)) return '—';
	for (const [size, unit] of units === 'binary' ? BINARY : DECIMAL) {
		if (Math.abs(bytes) >= size) return `${Number((bytes / size).toPrecision(3))} ${unit}`;
	}
	return `${Math.round(bytes)} B`;
}
