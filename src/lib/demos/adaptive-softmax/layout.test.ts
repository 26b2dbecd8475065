import { describe, expect, it } from 'vitest';
import { fitCutoffs, scaledCutoffs } from './layout';

describe('fitCutoffs / scaledCutoffs', () => {
	it('keep head < tail < V, dropping the second tail when it would be empty', () => {
		expect(fitCutoffs(40, 300, 1500)).toEqual([40, 300]);
		expect(fitCutoffs(40, 3000, 1500)).toEqual([40]);
		expect(fitCutoffs(400, 300, 1500)).toEqual([400]);
		expect(fitCutoffs(5000, 5000, 1500)).toEqual([1499]);
	});
	it('scale to a larger vocabulary at the same shares', () => {
		expect(scaledCutoffs([40, 300], 1500, 150_000)).toEqual([4000, 30_000]);
	});
});
