import { describe, expect, it } from 'vitest';
import { count, duration, gb, logTicks, sci, sig } from './format';

describe('sig(x)', () => {
	it('three significant figures, separators from 1,000', () => {
		expect(sig(0.0123456)).toBe('0.0123');
		expect(sig(13.4768)).toBe('13.5');
		expect(sig(146.2)).toBe('146');
		expect(sig(2039.4)).toBe('2,039');
		expect(sig(0)).toBe('0');
	});
});

describe('count(n)', () => {
	it('writes what toLocaleString("en-US") writes', () => {
		for (const n of [0, 7, 1024, 131_072, 28_672, 1_234_567.5, -4096])
			expect(count(n)).toBe(n.toLocaleString('en-US'));
	});
});

describe('sci(x)', () => {
	it('6,738,415,616 → 6.74×10⁹; small whole numbers unchanged; 3.12×10¹⁴', () => {
		expect(sci(6_738_415_616)).toBe('6.74×10⁹');
		expect(sci(4096)).toBe('4,096');
		expect(sci(312e12)).toBe('3.12×10¹⁴');
		expect(sci(0.00025)).toBe('2.5×10⁻⁴');
	});
});

describe('gb and duration', () => {
	it('13,476,831,232 bytes → 13.5 GB', () => expect(gb(13_476_831_232)).toBe('13.5 GB'));
	it('picks µs, ms, s, min, h', () => {
		expect(duration(4.3e-5)).toBe('43 µs');
		expect(duration(0.00687)).toBe('6.87 ms');
		expect(duration(12.5)).toBe('12.5 s');
		expect(duration(600)).toBe('10 min');
		expect(duration(36_000)).toBe('10 h');
	});
});

describe('logTicks([lo, hi])', () => {
	it('1-2-5 steps inside a narrow range', () => {
		expect(logTicks([12, 330])).toEqual([20, 50, 100, 200]);
	});
	it('thinned to powers of ten across many decades', () => {
		expect(logTicks([0.5, 2e5])).toEqual([1, 10, 100, 1000, 10_000, 100_000]);
	});
	it('never fewer than two ticks, nothing for an empty range', () => {
		expect(logTicks([3, 4])).toEqual([3, 4]);
		expect(logTicks([0, 10])).toEqual([]);
	});
});
