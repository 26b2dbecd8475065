import { describe, expect, it } from 'vitest';
import { gradientError, numericalGradient } from './finite-difference';
import { Tensor } from './tensor';

describe('numericalGradient(f, x)', () => {
	it('estimates ∇ Σ x³ = 3x² to about 1e-10 and restores x', () => {
		const x = Tensor.from([1, -2, 0.5], [3], { requiresGrad: true });
		const g = numericalGradient(() => x.pow(3).sum(), x);
		[3, 12, 0.75].forEach((v, i) => expect(g[i]).toBeCloseTo(v, 9));
		expect(x.toArray()).toEqual([1, -2, 0.5]);
	});
});

describe('gradientError(f, inputs)', () => {
	it('is tiny for a correct backward and large for a wrong one', () => {
		const x = Tensor.from([0.3, -1.2], [2], { requiresGrad: true });
		expect(gradientError(() => x.tanh().mul(x).sum(), [x])).toBeLessThan(1e-9);
		// detach hides x from the gradient of the second factor: backward is missing a term.
		expect(gradientError(() => x.tanh().mul(x.detach()).sum(), [x])).toBeGreaterThan(0.1);
	});
});
