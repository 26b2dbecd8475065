/**
 * A gated recurrent unit (Cho et al. 2014), in PyTorch's convention (torch.nn.GRUCell):
 *   r = σ(x W_r + b_ir + h U_r + b_hr),  z = σ(x W_z + b_iz + h U_z + b_hz)
 *   n = tanh(x W_n + b_in + r ⊙ (h U_n + b_hn)),  h' = (1 − z) ⊙ n + z ⊙ h
 * with the three gates' weights side by side: wx [I, 3H], wh [H, 3H], bx and bh [3H].
 */
import { type Rng } from '$lib/math/rng';
import { Tensor, uniform } from '$lib/math/autodiff';

export type GruWeights = { wx: Tensor; wh: Tensor; bx: Tensor; bh: Tensor };

/** Weights drawn uniformly from ±1/√H, as PyTorch initialises a GRU. */
export function initGru(inputSize: number, hiddenSize: number, rng: Rng): GruWeights {
	const bound = 1 / Math.sqrt(hiddenSize);
	const make = (shape: number[]) => uniform(shape, bound, rng);
	return {
		wx: make([inputSize, 3 * hiddenSize]),
		wh: make([hiddenSize, 3 * hiddenSize]),
		bx: make([3 * hiddenSize]),
		bh: make([3 * hiddenSize])
	};
}

/**
 * One step for a batch: h [B, H] and the input's share x·wx + bx [B, 3H], given precomputed so an
 * encoder can project all its inputs in one product. Returns h' [B, H].
 */
export function gruStepProjected(w: GruWeights, xProjected: Tensor, h: Tensor): Tensor {
	const size = h.shape[1];
	const hProjected = h.matmul(w.wh).add(w.bh);
	const gate = (i: number) => xProjected.narrow(1, i * size, size);
	const hGate = (i: number) => hProjected.narrow(1, i * size, size);
	const r = gate(0).add(hGate(0)).sigmoid();
	const z = gate(1).add(hGate(1)).sigmoid();
	const n = gate(2)
		.add(r.mul(hGate(2)))
		.tanh();
	return n.add(z.mul(h.sub(n)));
}

/** One step for a batch: x [B, I], h [B, H] → h' [B, H]. */
export function gruStep(w: GruWeights, x: Tensor, h: Tensor): Tensor {
	return gruStepProjected(w, x.matmul(w.wx).add(w.bx), h);
}
