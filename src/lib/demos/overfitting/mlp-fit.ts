/**
 * The MLP regressor of the page: 1 → 32 → 32 → 1 with tanh, dropout after each hidden layer while
 * training, trained full-batch with Adam on the mean squared error; L2 regularisation as Adam's
 * weight decay (λ·w added to every gradient, biases included).
 */
import { activate, Adam, createMlp, mseLoss, noGrad, Tensor, type Mlp } from '$lib/math/autodiff';
import { createRng, type Rng } from '$lib/math/rng';

export const SIZES = [1, 32, 32, 1] as const;
export const RATE = 0.01;

export type Regressor = Mlp & { optimizer: Adam };

export function makeRegressor(seed: number, decay: number): Regressor {
	const network = createMlp(SIZES, createRng(seed ^ 0x5eed), { activation: 'tanh' });
	return { ...network, optimizer: new Adam(network.params, { lr: RATE, weightDecay: decay }) };
}

/** Outputs for inputs xs; with `dropout` = {p, rng}, hidden units dropped as in training. */
export function predict(
	net: Mlp,
	xs: readonly number[],
	dropout?: { p: number; rng: Rng }
): Tensor {
	let h = Tensor.from(xs, [xs.length, 1]);
	for (let i = 0; i < net.params.length; i += 2) {
		h = h.matmul(net.params[i]).add(net.params[i + 1]);
		if (i + 2 < net.params.length) {
			h = activate(h, net.activation);
			if (dropout && dropout.p > 0) h = h.dropout(dropout.p, dropout.rng);
		}
	}
	return h;
}

/** One full-batch Adam step with epoch t's dropout masks; returns the training loss it saw. */
export function trainEpoch(
	net: Regressor,
	xs: readonly number[],
	ys: readonly number[],
	dropout: number,
	seed: number,
	t: number
): number {
	net.optimizer.zeroGrad();
	const loss = mseLoss(predict(net, xs, { p: dropout, rng: createRng(seed * 1_000_003 + t) }), ys);
	loss.backward({ retainGrads: false });
	net.optimizer.step();
	return loss.item();
}

/** Mean squared error without dropout. */
export function mse(net: Mlp, xs: readonly number[], ys: readonly number[]): number {
	return noGrad(() => mseLoss(predict(net, xs), ys).item());
}

/** The network's curve at the inputs xs, without dropout. */
export function curve(net: Mlp, xs: readonly number[]): number[] {
	return noGrad(() => Array.from(predict(net, xs).data));
}
