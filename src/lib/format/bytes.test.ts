import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatBytes } from './bytes';

describe('formatBytes(bytes, units)', () => {
	it('writes decimal units by default, three significant digits', () => {
		expect(formatBytes(13_476_831_232)).toBe('13.5 GB');
		expect(formatBytes(2.8e12)).toBe('2.8 TB');
		expect(formatBytes(1500)).toBe('1.5 kB');
		expect(formatBytes(512)).toBe('512 B');
	});
	it('writes binary units when asked', () => {
		expect(formatBytes(2 ** 29, 'binary')).toBe('512 MiB');
		expect(formatBytes(1536, 'binary')).toBe('1.5 KiB');
		expect(formatBytes(2 ** 35, 'binary')).toBe('32 GiB');
		expect(formatBytes(1.5 * 2 ** 20 + 123, 'binary')).toBe('1.5 MiB');
		expect(formatBytes(10, 'binary')).toBe('10 B');
	});
	it('says nothing false for a number that is not finite', () => {
		expect(formatBytes(NaN)).toBe('—');
		expect(formatBytes(Infinity, 'binary')).toBe('—');
	});
	it('reads back to within its rounding', () => {
		const factor = { kB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12, PB: 1e15, B: 1 } as Record<
			string,
			number
		>;
		fc.assert(
			fc.property(fc.double({ min: 0, max: 1e17, noNaN: true }), (bytes) => {
				const [value, unit] = formatBytes(bytes).split(' ');
				const back = Number(value) * factor[unit];
				return Math.abs(back - bytes) <= Math.max(0.5, bytes * 5e-3);
			})
		);
	});
});
