/**
 * Elastic weight consolidation (Kirkpatrick et al., 2017, "Overcoming catastrophic forgetting in
 * neural networks", PNAS 114(13), eq. 3): after task A, each weight θᵢ is tied to its value θ*ᵢ
 * by a spring of stiffness λ·Fᵢ, where Fᵢ is the diagonal of the Fisher information of the model's
 * predictions on A. Training on task B then minimises L_B(θ) + λ/2 Σᵢ Fᵢ (θᵢ − θ*ᵢ)².
 */
import { Tensor } from './autodiff';

/**
 * The diagonal of the Fisher information, Fᵢ = (1/N) Σₙ Σₖ pₖ(xₙ) (∂ log pₖ(xₙ)/∂θᵢ)², with the
 * expectation over the labels taken exactly under the model's own prediction p(·|xₙ) (the "true"
 * Fisher, not the empirical one that uses the data's labels). `logProbsOf(n)` returns the model's
 * log-probabilities for sample n, K values as a tensor recorded from `params`; it is called once
 * per sample and back-propagated K times. The parameters' .grad is left zeroed.
 */
export function fisherDiagonal(
	params: Tensor[],
	samples: number,
	logProbsOf: (n: number) => Tensor
): Float64Array[] {
	if (!Number.isInteger(samples) || samples < 1) {
		throw new Error(`fisherDiagonal: needs at least one sample, got ${samples}`);
	}
	const fisher = params.map((p) => new Float64Array(p.size));
	const zero = () => params.forEach((p) => (p.grad ? p.grad.fill(0) : undefined));
	for (let n = 0; n < samples; n++) {
		const logp = logProbsOf(n);
		for (let k = 0; k < logp.size; k++) {
			const weight = Math.exp(logp.data[k]);
			zero();
			// Selecting element k by a one-hot dot product keeps the graph (and so logp) reusable.
			const onehot = new Float64Array(logp.size);
			onehot[k] = 1;
			logp.mul(new Tensor(onehot, logp.shape)).sum().backward();
			params.forEach((p, j) => {
				const g = p.grad;
				if (!g) return;
				const f = fisher[j];
				for (let i = 0; i < f.length; i++) f[i] += weight * g[i] * g[i];
			});
		}
	}
	zero();
	for (const f of fisher) for (let i = 0; i < f.length; i++) f[i] /= samples;
	return fisher;
}

/**
 * The EWC penalty λ/2 Σᵢ Fᵢ (θᵢ − θ*ᵢ)² over every parameter tensor, recorded so that backward()
 * adds its gradient λ·Fᵢ(θᵢ − θ*ᵢ). `anchors` and `fisher` hold one array per parameter tensor,
 * of the same sizes.
 */
export function ewcPenalty(
	params: Tensor[],
	anchors: ArrayLike<number>[],
	fisher: ArrayLike<number>[],
	lambda: number
): Tensor {
	if (anchors.length !== params.length || fisher.length !== params.length) {
		throw new Error(
			`ewcPenalty: ${params.length} parameter tensors, ${anchors.length} anchors, ${fisher.length} Fisher diagonals`
		);
	}
	let total: Tensor = Tensor.scalar(0);
	params.forEach((p, j) => {
		if (anchors[j].length !== p.size || fisher[j].length !== p.size) {
			throw new Error(`ewcPenalty: tensor ${j} has ${p.size} values, its anchor or Fisher not`);
		}
		const shape = [...p.shape];
		const drift = p.sub(Tensor.from(anchors[j], shape));
		total = total.add(drift.mul(drift).mul(Tensor.from(fisher[j], shape)).sum());
	});
	return total.mul(lambda / 2);
}
