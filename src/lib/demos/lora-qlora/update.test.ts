import { describe, expect, it } from 'vitest';
import { frobeniusNorm, fullSVD, truncationErrors } from '$lib/math/low-rank';
import { formatEntry, updateMatrix } from './update';

describe('updateMatrix(n, seed, decay)', () => {
	it('is the same matrix for the same seed and another for another', () => {
		expect(updateMatrix(6, 3, 0.8)).toEqual(updateMatrix(6, 3, 0.8));
		expect(updateMatrix(6, 4, 0.8)).not.toEqual(updateMatrix(6, 3, 0.8));
	});
	it('has rank 1 at decay 0: one singular triplet leaves no error', () => {
		const A = updateMatrix(8, 1, 0);
		const errors = truncationErrors(fullSVD(A).S);
		expect(errors[1] / frobeniusNorm(A)).toBeLessThan(1e-6);
	});
	it('needs more directions for the same error as the decay slows', () => {
		const share = (decay: number) => {
			const errors = truncationErrors(fullSVD(updateMatrix(16, 2, decay)).S);
			return errors[4] / errors[0];
		};
		expect(share(0.5)).toBeLessThan(share(0.9));
		expect(share(0.9)).toBeLessThan(share(1));
	});
});

describe('formatEntry(x)', () => {
	it('writes four decimals, or three significant digits below 0.001', () => {
		expect(formatEntry(0.40701)).toBe('0.4070');
		expect(formatEntry(0.000123)).toBe('1.23e-4');
		expect(formatEntry(0)).toBe('0.0000');
	});
});
