import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	ACTIVATION_NAMES,
	activation,
	activationDerivative,
	type ActivationName
} from './activation';
import { Tensor } from './autodiff';

describe('activation(name, x)', () => {
	it('lists six names', () => {
		expect(ACTIVATION_NAMES).toEqual(['relu', 'leakyRelu', 'gelu', 'silu', 'sigmoid', 'tanh']);
	});

	it('matches hand-checked values (GELU and SiLU against mpmath)', () => {
		expect(activation('relu', -2)).toBe(0);
		expect(activation('relu', 3)).toBe(3);
		expect(activation('leakyRelu', -2)).toBeCloseTo(-0.02, 16);
		expect(activation('leakyRelu', -2, 0.2)).toBeCloseTo(-0.4, 16);
		expect(activation('sigmoid', 0)).toBe(0.5);
		expect(activation('sigmoid', Math.log(3))).toBeCloseTo(0.75, 15);
		expect(activation('tanh', Math.log(2))).toBeCloseTo(0.6, 15);
		expect(activation('gelu', 1)).toBeCloseTo(0.8413447460685429, 15);
		expect(activation('gelu', -1)).toBeCloseTo(-0.15865525393145705, 15);
		expect(activation('gelu', -3)).toBeCloseTo(-0.0040496940948902835, 16);
		expect(activation('silu', 1)).toBeCloseTo(0.7310585786300049, 15);
		expect(activation('silu', -2)).toBeCloseTo(-0.23840584404423512, 15);
	});

	it('sigmoid does not overflow at ±1000', () => {
		expect(activation('sigmoid', 1000)).toBe(1);
		expect(activation('sigmoid', -1000)).toBe(0);
		expect(activationDerivative('sigmoid', -1000)).toBe(0);
	});

	it('throws on an unknown name', () => {
		expect(() => activation('swish' as ActivationName, 1)).toThrow(/unknown name swish/);
	});
});

describe('activationDerivative(name, x)', () => {
	it('takes PyTorch’s values at the kink: ReLU′(0) = 0, leaky ReLU′(0) = α', () => {
		expect(activationDerivative('relu', 0)).toBe(0);
		expect(activationDerivative('leakyRelu', 0)).toBe(0.01);
		expect(activationDerivative('leakyRelu', 0, 0.3)).toBe(0.3);
		expect(activationDerivative('relu', 1e-12)).toBe(1);
	});

	it('matches hand-checked values (GELU′ against mpmath)', () => {
		expect(activationDerivative('gelu', 1)).toBeCloseTo(1.0833154705876864, 15);
		expect(activationDerivative('gelu', -1)).toBeCloseTo(-0.08331547058768629, 15);
		expect(activationDerivative('gelu', 0)).toBe(0.5);
		expect(activationDerivative('silu', -2)).toBeCloseTo(-0.09078424878489548, 15);
		expect(activationDerivative('tanh', 0)).toBe(1);
		expect(activationDerivative('sigmoid', 0)).toBe(0.25);
	});

	it('equals central differences away from the kink, for every activation', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...ACTIVATION_NAMES),
				fc.double({ min: -6, max: 6, noNaN: true }).filter((x) => Math.abs(x) > 1e-3),
				fc.double({ min: 0, max: 0.5, noNaN: true }),
				(name, x, alpha) => {
					const h = 1e-6;
					const numerical =
						(activation(name, x + h, alpha) - activation(name, x - h, alpha)) / (2 * h);
					return Math.abs(activationDerivative(name, x, alpha) - numerical) < 1e-8;
				}
			),
			{ seed: 30, numRuns: 200 }
		);
	});

	it('equals the autodiff engine’s gradient, element by element', () => {
		const xs = [-3, -1.2, -0.4, 0, 0.3, 1, 2.5];
		const engine: Record<ActivationName, (t: Tensor) => Tensor> = {
			relu: (t) => t.relu(),
			leakyRelu: (t) => t.leakyRelu(),
			gelu: (t) => t.gelu(),
			silu: (t) => t.silu(),
			sigmoid: (t) => t.sigmoid(),
			tanh: (t) => t.tanh()
		};
		for (const name of ACTIVATION_NAMES) {
			const x = Tensor.from(xs, [xs.length], { requiresGrad: true });
			const y = engine[name](x);
			y.sum().backward();
			xs.forEach((v, i) => {
				expect(y.data[i]).toBeCloseTo(activation(name, v), 14);
				expect(x.grad![i]).toBeCloseTo(activationDerivative(name, v), 14);
			});
		}
	});
});
