import { describe, expect, it } from 'vitest';
import { isGradEnabled, noGrad } from './grad-mode';
import { Tensor } from './tensor';

describe('noGrad(run)', () => {
	it('records nothing: results are leaves without gradients', () => {
		const w = Tensor.from([1, 2, 3, 4], [2, 2], { requiresGrad: true });
		const y = noGrad(() => w.matmul(w).tanh().sum());
		expect(y.requiresGrad).toBe(false);
		expect(y.op).toBeNull();
		expect(y.inputs).toEqual([]);
		expect(() => y.backward()).toThrow(/does not require gradients/);
	});

	it('returns run’s value and restores recording, also after a throw', () => {
		expect(noGrad(() => 7)).toBe(7);
		expect(isGradEnabled()).toBe(true);
		expect(() =>
			noGrad(() => {
				throw new Error('boom');
			})
		).toThrow('boom');
		expect(isGradEnabled()).toBe(true);
		noGrad(() => noGrad(() => expect(isGradEnabled()).toBe(false)));
		expect(isGradEnabled()).toBe(true);
	});
});
