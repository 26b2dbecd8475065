/**
 * An attention-only Transformer as in Elhage et al. (2021) and Olsson et al. (2022): token and
 * learned position embeddings summed into the residual stream, layers of causal multi-head
 * self-attention each added back to it (no MLP, no layer norm, no biases), and an unembedding to
 * logits. The attention itself is the autodiff engine's fused operation, as in the tiny GPT.
 */
import { noGrad, randn, scaledDotProductAttention, type Tensor } from '$lib/math/autodiff';
import { createRng } from '$lib/math/rng';
import { configProblem, type InductionConfig } from './config';

export interface AttentionLayer {
	/** [d, 3d]: queries, keys and values side by side. */
	qkv: Tensor;
	/** [d, d]: the heads' outputs back into the residual stream. */
	out: Tensor;
}

export interface InductionWeights {
	config: InductionConfig;
	/** [vocabSize, d]. */
	tokenEmbedding: Tensor;
	/** [context, d]. */
	positionEmbedding: Tensor;
	layers: AttentionLayer[];
	/** [d, vocabSize]. */
	unembedding: Tensor;
}

/** Normal weights with σ = 1/√fan-in, so that every layer starts out of the way of the others. */
export function initInduction(config: InductionConfig, seed: number): InductionWeights {
	const problem = configProblem(config);
	if (problem) throw new Error(`initInduction: ${problem}`);
	const rng = createRng(seed);
	const { vocabSize, context, dModel: d } = config;
	const scale = 1 / Math.sqrt(d);
	return {
		config,
		tokenEmbedding: randn([vocabSize, d], scale, rng),
		positionEmbedding: randn([context, d], scale, rng),
		layers: Array.from({ length: config.layers }, () => ({
			qkv: randn([d, 3 * d], scale, rng),
			out: randn([d, d], scale, rng)
		})),
		unembedding: randn([d, vocabSize], scale, rng)
	};
}

/** Every trainable tensor, always in the same order. */
export function inductionParameters(w: InductionWeights): Tensor[] {
	return [
		w.tokenEmbedding,
		w.positionEmbedding,
		...w.layers.flatMap((l) => [l.qkv, l.out]),
		w.unembedding
	];
}

/** Called with each layer's attention weights [batch, heads, T, T] during a forward pass. */
export type AttentionListener = (layer: number, weights: Float64Array) => void;

function attend(
	x: Tensor,
	layer: AttentionLayer,
	heads: number,
	onWeights?: (w: Float64Array) => void
) {
	const [batch, t, d] = x.shape;
	const split = (m: Tensor) => m.reshape([batch, t, heads, d / heads]).transpose(1, 2);
	const qkv = x.matmul(layer.qkv);
	const attended = scaledDotProductAttention(
		split(qkv.narrow(2, 0, d)),
		split(qkv.narrow(2, d, d)),
		split(qkv.narrow(2, 2 * d, d)),
		{ causal: true, onWeights }
	);
	return x.add(attended.transpose(1, 2).reshape([batch, t, d]).matmul(layer.out));
}

/**
 * Logits [batch, T, vocabSize] for `batch` sequences of T = ids.length / batch tokens laid end to
 * end; position i of each sequence sees only its positions ≤ i.
 */
export function inductionLogits(
	w: InductionWeights,
	ids: ArrayLike<number>,
	batch = 1,
	onAttention?: AttentionListener
): Tensor {
	const t = ids.length / batch;
	const { context, dModel: d, heads } = w.config;
	if (!Number.isInteger(t) || t < 1 || t > context) {
		throw new Error(
			`inductionLogits: ${ids.length} ids in ${batch} sequences: each needs 1 … ${context} tokens`
		);
	}
	const positions = Array.from({ length: ids.length }, (_, i) => i % t);
	let x = w.tokenEmbedding
		.gatherRows(ids)
		.add(w.positionEmbedding.gatherRows(positions))
		.reshape([batch, t, d]);
	w.layers.forEach((layer, l) => {
		x = attend(x, layer, heads, onAttention && ((weights) => onAttention(l, weights)));
	});
	return x.matmul(w.unembedding);
}

/** Per layer, every head's weights [heads, T, T] row-major when reading one sequence. */
export function inductionAttention(w: InductionWeights, ids: ArrayLike<number>): Float64Array[] {
	const layers: Float64Array[] = [];
	noGrad(() => inductionLogits(w, ids, 1, (l, weights) => (layers[l] = weights.slice())));
	return layers;
}
