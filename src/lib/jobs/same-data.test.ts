import { describe, expect, it } from 'vitest';
import { sameData } from './same-data';

describe('sameData', () => {
	it('compares plain data element by element', () => {
		const config = () => ({ x: Float64Array.of(1, 2, 3), labels: [0, 1], k: 2, name: 'a' });
		expect(sameData(config(), config())).toBe(true);
		expect(sameData(config(), { ...config(), k: 1 })).toBe(false);
		expect(sameData(config(), { ...config(), x: Float64Array.of(1, 2, 4) })).toBe(false);
		expect(sameData(config(), { ...config(), x: Float32Array.of(1, 2, 3) })).toBe(false);
		expect(sameData(config(), { ...config(), labels: [0, 1, 2] })).toBe(false);
		expect(sameData({ a: undefined }, { b: undefined })).toBe(false);
		expect(sameData([1, 2], { 0: 1, 1: 2 })).toBe(false);
		expect(sameData(null, {})).toBe(false);
	});
});
