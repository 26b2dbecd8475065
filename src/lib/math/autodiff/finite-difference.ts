/**
 * Numerical gradients by central differences, (f(x + h) − f(x − h)) / 2h per element: the oracle
 * the engine's tests compare backward() against, and a way for a page to show that the chain
 * rule and a brute-force estimate agree. Error O(h²) from truncation plus O(ε/h) from rounding;
 * h = 1e-5 balances them in float64 (about 1e-10 for well-scaled functions).
 */
import { noGrad } from './grad-mode';
import type { Tensor } from './tensor';

/**
 * ∂f/∂x for a function f of tensors that returns a one-element tensor, estimated by nudging each
 * element of x's data in place (restored afterwards). Runs f 2·x.size times, without recording.
 */
export function numericalGradient(f: () => Tensor, x: Tensor, h = 1e-5): Float64Array {
	const grad = new Float64Array(x.size);
	noGrad(() => {
		for (let i = 0; i < x.size; i++) {
			const keep = x.data[i];
			x.data[i] = keep + h;
			const up = f().item();
			x.data[i] = keep - h;
			const down = f().item();
			x.data[i] = keep;
			grad[i] = (up - down) / (2 * h);
		}
	});
	return grad;
}

/**
 * Compares backward() with central differences for every input, as torch.autograd.gradcheck:
 * clears the inputs' gradients, back-propagates once from f(), and returns the largest
 * |analytic − numerical| / max(1, |numerical|) over all elements of all inputs.
 */
export function gradientError(f: () => Tensor, inputs: Tensor[], h = 1e-5): number {
	for (const x of inputs) x.grad = null;
	f().backward();
	let worst = 0;
	for (const x of inputs) {
		const numerical = numericalGradient(f, x, h);
		for (let i = 0; i < x.size; i++) {
			const analytic = x.grad ? x.grad[i] : 0;
			const err = Math.abs(analytic - numerical[i]) / Math.max(1, Math.abs(numerical[i]));
			if (!(err <= worst)) worst = err;
		}
	}
	return worst;
}
