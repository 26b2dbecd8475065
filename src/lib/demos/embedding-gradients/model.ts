/**
 * The model, small enough to see: each word a 2-D vector (a row of E), the context the mean of
 * its words' rows, a linear layer to one score per word, softmax, cross-entropy against the
 * next word. Built on the autodiff engine, so ∂L/∂E comes from backward() like in PyTorch.
 */
import { crossEntropy, noGrad, SGD, Tensor } from '$lib/math/autodiff';
import { createRng, randomNormal } from '$lib/math/rng';
import type { Example } from './corpus';

export const DIM = 2;

/** Plain numbers (structured-cloneable, for the worker): E [V, 2], W [2, V], b [V]. */
export interface Weights {
	vocab: number;
	E: Float64Array;
	W: Float64Array;
	b: Float64Array;
}

/** E ~ N(0, 1) so the words start spread over the plane; W ~ N(0, 1/2); b = 0. Seeded. */
export function initWeights(vocab: number, seed: number): Weights {
	const rng = createRng(seed);
	const E = Float64Array.from({ length: vocab * DIM }, () => randomNormal(rng));
	const W = Float64Array.from({ length: DIM * vocab }, () => randomNormal(rng) * Math.SQRT1_2);
	return { vocab, E, W, b: new Float64Array(vocab) };
}

export interface Forward {
	/** The context vector h = mean of the context rows of E. */
	h: number[];
	/** softmax(h·W + b). */
	p: number[];
	loss: number;
	/** ∂L/∂E, [V, 2], from backward(): zero outside the context's rows. */
	gradE: Float64Array;
	gradW: Float64Array;
	gradB: Float64Array;
}

function tensors(w: Weights) {
	const E = Tensor.from(w.E, [w.vocab, DIM], { requiresGrad: true });
	const W = Tensor.from(w.W, [DIM, w.vocab], { requiresGrad: true });
	const b = Tensor.from(w.b, [w.vocab], { requiresGrad: true });
	return { E, W, b };
}

function lossOf(E: Tensor, W: Tensor, b: Tensor, example: Example) {
	const h = E.gatherRows(example.context).mean(0, true);
	const logits = h.matmul(W).add(b);
	return { h, logits, loss: crossEntropy(logits, [example.target]) };
}

/** The forward pass and backward() for one example. */
export function forwardBackward(w: Weights, example: Example): Forward {
	const { E, W, b } = tensors(w);
	const { h, logits, loss } = lossOf(E, W, b, example);
	loss.backward();
	return {
		h: Array.from(h.data),
		p: Array.from(logits.softmax().data),
		loss: loss.data[0],
		gradE: Float64Array.from(E.grad!),
		gradW: Float64Array.from(W.grad!),
		gradB: Float64Array.from(b.grad!)
	};
}

/**
 * The same ∂L/∂E by hand, the chain rule written out: ∂L/∂logits = p − y, ∂L/∂h = W·(p − y),
 * and each context word's row gets ∂L/∂h / k (it is one of k terms of the mean; a word that
 * appears twice gets it twice). Every other row gets nothing: the gradient is row-sparse.
 */
export function closedFormGradE(w: Weights, example: Example, p: readonly number[]): Float64Array {
	const dh = new Array<number>(DIM).fill(0);
	for (let d = 0; d < DIM; d++) {
		for (let j = 0; j < w.vocab; j++) {
			dh[d] += w.W[d * w.vocab + j] * (p[j] - (j === example.target ? 1 : 0));
		}
	}
	const g = new Float64Array(w.vocab * DIM);
	const k = example.context.length;
	for (const id of example.context) for (let d = 0; d < DIM; d++) g[id * DIM + d] += dh[d] / k;
	return g;
}

/** One SGD step on one example, by the engine's optimiser: new weights, the old ones untouched. */
export function sgdStep(w: Weights, example: Example, lr: number): Weights {
	const { E, W, b } = tensors(w);
	lossOf(E, W, b, example).loss.backward();
	new SGD([E, W, b], { lr }).step();
	return {
		vocab: w.vocab,
		E: Float64Array.from(E.data),
		W: Float64Array.from(W.data),
		b: Float64Array.from(b.data)
	};
}

/** The mean loss over every example, evaluated without recording a graph. */
export function meanLoss(w: Weights, examples: readonly Example[]): number {
	return noGrad(() => {
		const { E, W, b } = tensors(w);
		let total = 0;
		for (const example of examples) total += lossOf(E, W, b, example).loss.data[0];
		return total / examples.length;
	});
}

/** Which example step t trains on: each pass over the examples in a seeded shuffled order. */
export function exampleAt(count: number, seed: number, t: number): number {
	const pass = Math.floor(t / count);
	const order = Array.from({ length: count }, (_, i) => i);
	const rng = createRng((seed * 1_000_003 + pass) >>> 0);
	for (let i = count - 1; i > 0; i--) {
		const j = Math.floor(rng() * (i + 1));
		[order[i], order[j]] = [order[j], order[i]];
	}
	return order[t % count];
}
