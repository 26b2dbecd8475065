import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkSize } from './check-size';

describe('checkSize(name, what, v, min)', () => {
	it('accepts integers from min up', () => {
		expect(() => checkSize('f', 'n', 0, 0)).not.toThrow();
		expect(() => checkSize('f', 'n', 7, 1)).not.toThrow();
		expect(() => checkSize('f', 'n', -0, 0)).not.toThrow();
	});
	it('names the function, the argument, the bound and the value', () => {
		expect(() => checkSize('zeros', 'rows', -1, 0)).toThrow(
			'zeros: rows must be an integer ≥ 0, got -1'
		);
		expect(() => checkSize('f', 'width', 0, 1)).toThrow('f: width must be an integer ≥ 1, got 0');
	});
	it('rejects fractions, NaN and infinities', () => {
		for (const v of [1.5, NaN, Infinity, -Infinity]) {
			expect(() => checkSize('f', 'n', v, 0)).toThrow(/must be an integer ≥ 0/);
		}
	});
	it('throws exactly when v is not an integer ≥ min', () => {
		fc.assert(
			fc.property(fc.double(), fc.integer({ min: -5, max: 5 }), (v, min) => {
				const call = () => checkSize('f', 'n', v, min);
				if (Number.isInteger(v) && v >= min) expect(call).not.toThrow();
				else expect(call).toThrow(/must be an integer/);
			})
		);
	});
});
