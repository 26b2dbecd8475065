import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	axisTicks,
	decades,
	frameHeight,
	makeScale,
	plotBox,
	tickFormat,
	usableDomain
} from './scales';

describe('usableDomain', () => {
	it('keeps a good domain as it is', () => {
		expect(usableDomain([2, 7])).toEqual([2, 7]);
		expect(usableDomain([5, -1])).toEqual([5, -1]);
		expect(usableDomain([1, 1000], true)).toEqual([1, 1000]);
	});
	it('widens an empty domain and replaces a non-finite one', () => {
		expect(usableDomain([3, 3])).toEqual([2.5, 3.5]);
		expect(usableDomain([NaN, 4])).toEqual([0, 1]);
		expect(usableDomain([0, Infinity], true)).toEqual([1, 10]);
		expect(usableDomain([5, 5], true)).toEqual([0.5, 50]);
	});
	it('keeps a log domain above zero', () => {
		expect(usableDomain([0, 100], true)).toEqual([0.1, 100]);
		expect(usableDomain([-3, -1], true)).toEqual([1, 10]);
	});
	it('gives a log scale finite positions for any domain', () => {
		fc.assert(
			fc.property(fc.double(), fc.double(), (a, b) => {
				const s = makeScale({ domain: [a, b], log: true }, [0, 100]);
				return s.domain().every((v) => v > 0 && Number.isFinite(s(v)));
			})
		);
	});
});

describe('makeScale', () => {
	it('maps the domain onto the range, linear or log', () => {
		const x = makeScale({ domain: [0, 10] }, [50, 550]);
		expect(x(0)).toBe(50);
		expect(x(5)).toBe(300);
		const r = makeScale({ domain: [1, 1000], log: true }, [0, 300]);
		expect(r(10)).toBeCloseTo(100);
		expect(r(100)).toBeCloseTo(200);
	});
	it('clamps only when asked', () => {
		expect(makeScale({ domain: [0, 1] }, [0, 100])(2)).toBe(200);
		expect(makeScale({ domain: [0, 1], clamp: true }, [0, 100])(2)).toBe(100);
	});
});

describe('frameHeight and plotBox', () => {
	it('uses a fixed height, else width ÷ aspect, else 240', () => {
		expect(frameHeight(600, 200, 2)).toBe(200);
		expect(frameHeight(600, undefined, 1.5)).toBe(400);
		expect(frameHeight(600, undefined)).toBe(240);
	});
	it('puts the plot inside the margins', () => {
		expect(plotBox(560, 240, { top: 22, right: 12, bottom: 40, left: 50 })).toEqual({
			left: 50,
			right: 548,
			top: 22,
			bottom: 200
		});
	});
	it('never makes the plot empty or inside out', () => {
		fc.assert(
			fc.property(
				fc.nat(2000),
				fc.nat(2000),
				fc.record({ top: fc.nat(99), right: fc.nat(99), bottom: fc.nat(99), left: fc.nat(99) }),
				(w, h, m) => {
					const box = plotBox(w, h, m);
					return box.right - box.left >= 1 && box.bottom - box.top >= 1;
				}
			)
		);
	});
});

describe('ticks', () => {
	it('decades(lo, hi) lists the powers of ten between them', () => {
		expect(decades(1, 50_257)).toEqual([1, 10, 100, 1000, 10_000]);
		expect(decades(0.05, 2)).toEqual([0.1, 1]);
		expect(decades(2, 9)).toEqual([]);
		expect(decades(0, 10)).toEqual([]);
	});
	it('keeps given ticks inside the domain', () => {
		const y = makeScale({ domain: [1, 80], log: true }, [200, 0]);
		expect(axisTicks(y, { domain: [1, 80], log: true, ticks: [1, 2, 5, 10, 20, 50, 100] })).toEqual(
			[1, 2, 5, 10, 20, 50]
		);
	});
	it('gives a log axis its decades, or 1–9 multiples within one decade', () => {
		const wide = { domain: [1, 5000] as const, log: true };
		expect(axisTicks(makeScale(wide, [0, 1]), wide)).toEqual([1, 10, 100, 1000]);
		const narrow = { domain: [2, 9] as const, log: true };
		expect(axisTicks(makeScale(narrow, [0, 1]), narrow)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
	});
	it('gives a linear axis d3 ticks', () => {
		const axis = { domain: [0, 1] as const, ticks: 2 };
		expect(axisTicks(makeScale(axis, [0, 1]), axis)).toEqual([0, 0.5, 1]);
	});
	it('formats log ticks with SI prefixes and linear ones with d3 (true minus)', () => {
		const log = { domain: [1, 1e5] as const, log: true };
		const f = tickFormat(makeScale(log, [0, 1]), log);
		expect([1, 10, 1000, 100_000].map(f)).toEqual(['1', '10', '1k', '100k']);
		const lin = { domain: [-1, 1] as const };
		expect(tickFormat(makeScale(lin, [0, 1]), lin)(-0.5)).toBe('−0.5');
		const own = { domain: [0, 1] as const, format: (v: number) => `${v * 100}%` };
		expect(tickFormat(makeScale(own, [0, 1]), own)(0.5)).toBe('50%');
	});
});
