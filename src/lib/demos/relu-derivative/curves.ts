/** The curves of one activation for the chart, and its derivative as the autodiff engine gives it. */
import { activation, activationDerivative, type ActivationName } from '$lib/math/activation';
import { Tensor } from '$lib/math/autodiff';

/** The x range drawn. */
export const X_RANGE: readonly [number, number] = [-4, 4];

/** The activations whose derivative jumps at 0 (a kink in f). */
export const KINKED: readonly ActivationName[] = ['relu', 'leakyRelu'];

export type CurvePoint = readonly [number, number];

/**
 * `samples` + 1 evenly spaced points of f (or f′) over X_RANGE, 0 among them. f′ of ReLU and leaky
 * ReLU jumps at 0: a gap (a NaN point) follows x = 0, so the line draws no vertical step, and the
 * value at 0 itself (PyTorch's convention) stays with the left piece.
 */
export function curve(
	name: ActivationName,
	which: 'f' | 'df',
	alpha: number,
	samples = 320
): CurvePoint[] {
	const [lo, hi] = X_RANGE;
	const fn = which === 'f' ? activation : activationDerivative;
	const gapAtZero = which === 'df' && KINKED.includes(name);
	const out: CurvePoint[] = [];
	for (let i = 0; i <= samples; i++) {
		const x = lo + ((hi - lo) * i) / samples;
		// Rounding keeps x = 0 exactly 0 (and the axis values free of float noise).
		const at = Math.round(x * 1e9) / 1e9;
		out.push([at, fn(name, at, alpha)]);
		if (gapAtZero && at === 0) out.push([0, NaN]);
	}
	return out;
}

/** f′(x) from the autodiff engine: one forward pass through the Tensor op, one backward. */
export function autodiffDerivative(name: ActivationName, x: number, alpha: number): number {
	const input = Tensor.from([x], [1], { requiresGrad: true });
	const ops: Record<ActivationName, () => Tensor> = {
		relu: () => input.relu(),
		leakyRelu: () => input.leakyRelu(alpha),
		gelu: () => input.gelu(),
		silu: () => input.silu(),
		sigmoid: () => input.sigmoid(),
		tanh: () => input.tanh()
	};
	ops[name]().sum().backward();
	return input.grad![0];
}
