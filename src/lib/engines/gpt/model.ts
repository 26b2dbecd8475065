/**
 * A GPT-style decoder on the autodiff engine, as in GPT-2 (Radford et al., 2019) at toy size:
 * token and learned position embeddings, pre-norm blocks of causal multi-head self-attention and
 * a GELU MLP, each added to the residual stream, a final layer norm, and logits from the token
 * embedding itself (tied weights).
 */
import {
	linear,
	mergeHeads,
	noGrad,
	randn,
	scaledDotProductAttention,
	splitHeads,
	Tensor
} from '$lib/math/autodiff';
import { createRng } from '$lib/math/rng';
import { configProblem, mlpWidth, type GptConfig } from './config';

export interface GptBlock {
	ln1Weight: Tensor;
	ln1Bias: Tensor;
	/** [d, 3d]: queries, keys and values side by side. */
	qkvWeight: Tensor;
	qkvBias: Tensor;
	outWeight: Tensor;
	outBias: Tensor;
	ln2Weight: Tensor;
	ln2Bias: Tensor;
	upWeight: Tensor;
	upBias: Tensor;
	downWeight: Tensor;
	downBias: Tensor;
}

export interface GptWeights {
	config: GptConfig;
	/** [vocabSize, d]: the input embedding and, transposed, the output layer. */
	tokenEmbedding: Tensor;
	/** [context, d]. */
	positionEmbedding: Tensor;
	blocks: GptBlock[];
	lnFinalWeight: Tensor;
	lnFinalBias: Tensor;
}

const filled = (n: number, value: number) =>
	new Tensor(new Float64Array(n).fill(value), [n], { requiresGrad: true });

/**
 * Fresh weights from a seed, initialised as GPT-2: normal with σ = 0.02, the projections that
 * write into the residual stream scaled by 1/√(2·layers), biases 0, layer norms the identity.
 */
export function initGpt(config: GptConfig, seed: number): GptWeights {
	const problem = configProblem(config);
	if (problem) throw new Error(`initGpt: ${problem}`);
	const rng = createRng(seed);
	const { vocabSize, context, layers, dModel: d } = config;
	const h = mlpWidth(config);
	const residual = 0.02 / Math.sqrt(2 * layers);
	const blocks = Array.from({ length: layers }, (): GptBlock => ({
		ln1Weight: filled(d, 1),
		ln1Bias: filled(d, 0),
		qkvWeight: randn([d, 3 * d], 0.02, rng),
		qkvBias: filled(3 * d, 0),
		outWeight: randn([d, d], residual, rng),
		outBias: filled(d, 0),
		ln2Weight: filled(d, 1),
		ln2Bias: filled(d, 0),
		upWeight: randn([d, h], 0.02, rng),
		upBias: filled(h, 0),
		downWeight: randn([h, d], residual, rng),
		downBias: filled(d, 0)
	}));
	return {
		config,
		tokenEmbedding: randn([vocabSize, d], 0.02, rng),
		positionEmbedding: randn([context, d], 0.02, rng),
		blocks,
		lnFinalWeight: filled(d, 1),
		lnFinalBias: filled(d, 0)
	};
}

/** Every trainable tensor, always in the same order (the optimiser's and the checkpoint's). */
export function gptParameters(w: GptWeights): Tensor[] {
	return [
		w.tokenEmbedding,
		w.positionEmbedding,
		...w.blocks.flatMap((b) => [
			b.ln1Weight,
			b.ln1Bias,
			b.qkvWeight,
			b.qkvBias,
			b.outWeight,
			b.outBias,
			b.ln2Weight,
			b.ln2Bias,
			b.upWeight,
			b.upBias,
			b.downWeight,
			b.downBias
		]),
		w.lnFinalWeight,
		w.lnFinalBias
	];
}

export interface HeadInputs {
	queries: Tensor['data'];
	keys: Tensor['data'];
	values: Tensor['data'];
}

/**
 * Called with each layer's attention weights [batch, heads, T, T] during a forward pass, and
 * the queries, keys and values they were made from, each [batch, heads, T, d/heads] (to draw
 * them; do not write).
 */
export type AttentionListener = (layer: number, weights: Float64Array, qkv: HeadInputs) => void;

/** Attention of queries to keys and values, each [batch, heads, T, dh] (T may differ for q). */
export type Attend = (q: Tensor, k: Tensor, v: Tensor) => Tensor;

/** One pre-norm block on x [batch, T, d]; `attend` is causal self-attention or its cached form. */
export function gptBlock(x: Tensor, b: GptBlock, heads: number, attend: Attend): Tensor {
	const d = x.shape[2];
	const qkv = linear(x.layerNorm(b.ln1Weight, b.ln1Bias), b.qkvWeight, b.qkvBias);
	const attended = attend(
		splitHeads(qkv, heads, 0, d),
		splitHeads(qkv, heads, d, d),
		splitHeads(qkv, heads, 2 * d, d)
	);
	const r = x.add(linear(mergeHeads(attended), b.outWeight, b.outBias));
	const up = linear(r.layerNorm(b.ln2Weight, b.ln2Bias), b.upWeight, b.upBias);
	return r.add(linear(up.gelu(), b.downWeight, b.downBias));
}

/** Token plus position embeddings [batch, T, d] for ids at the given positions. */
export function gptEmbed(
	w: GptWeights,
	ids: ArrayLike<number>,
	positions: ArrayLike<number>,
	batch: number
): Tensor {
	return w.tokenEmbedding
		.gatherRows(ids)
		.add(w.positionEmbedding.gatherRows(positions))
		.reshape([batch, ids.length / batch, w.config.dModel]);
}

/** The final layer norm and the tied output layer; `embeddingT` is the token embedding transposed. */
export function gptHead(w: GptWeights, x: Tensor, embeddingT = w.tokenEmbedding.transpose()) {
	return x.layerNorm(w.lnFinalWeight, w.lnFinalBias).matmul(embeddingT);
}

/**
 * Logits [batch, T, vocabSize] for `batch` sequences of T = ids.length / batch tokens laid end to
 * end; position i of each sequence sees only its positions ≤ i.
 */
export function gptLogits(
	w: GptWeights,
	ids: ArrayLike<number>,
	batch = 1,
	onAttention?: AttentionListener
): Tensor {
	const t = ids.length / batch;
	const { context, heads } = w.config;
	if (!Number.isInteger(t) || t < 1 || t > context) {
		throw new Error(
			`gptLogits: ${ids.length} ids in ${batch} sequences: each needs 1 … ${context} tokens`
		);
	}
	const positions = Array.from({ length: ids.length }, (_, i) => i % t);
	let x = gptEmbed(w, ids, positions, batch);
	w.blocks.forEach((b, layer) => {
		x = gptBlock(x, b, heads, (q, k, v) =>
			scaledDotProductAttention(q, k, v, {
				causal: true,
				onWeights:
					onAttention &&
					((weights) =>
						onAttention(layer, weights, { queries: q.data, keys: k.data, values: v.data }))
			})
		);
	});
	return gptHead(w, x);
}

/**
 * What every head attends to when reading `ids` (1 … context tokens): per layer, the weights
 * [heads, T, T] row-major, row i the distribution of position i over positions 0 … i.
 */
export function gptAttention(w: GptWeights, ids: ArrayLike<number>): Float64Array[] {
	const layers: Float64Array[] = [];
	noGrad(() => gptLogits(w, ids, 1, (layer, weights) => (layers[layer] = weights.slice())));
	return layers;
}
