/**
 * Every figure of the deployment page from its inputs: memory term by term, the roofline's
 * bounds on decoding and prefill for each accelerator, and a sweep over batch sizes.
 */
import { gpus, models, type GpuFacts, type ModelFacts } from '$lib/content/model-facts';
import {
	activationBytes,
	activationValuesPerToken,
	devicesNeeded,
	weightBytes,
	type WeightPrecision
} from '$lib/math/inference-memory';
import { decodeStepSeconds, prefillSeconds, type DecodeStep } from '$lib/math/inference-speed';
import { kvCacheBytes } from '$lib/math/kv-cache';
import { decoderParameters } from '$lib/math/model-size';

export const cachePrecisions = ['bf16', 'int8'] as const;
export type CachePrecision = (typeof cachePrecisions)[number];
export const bytesPerCacheValue: Record<CachePrecision, number> = { bf16: 2, int8: 1 };
/** Activations are taken in bf16 whatever the weights are stored in. */
export const ACTIVATION_BYTES = 2;
/** Mixtral routes each token to 2 of its 8 experts (Jiang et al., 2024, §2). */
export const EXPERTS_PER_TOKEN = 2;
export const GB = 1e9;
export const BATCHES = [1, 2, 4, 8, 16, 32, 64, 128, 256];

export interface Inputs {
	model: string;
	weights: WeightPrecision;
	cache: CachePrecision;
	prompt: number;
	output: number;
	batch: number;
	gpu: string;
}

/** Parameters one token computes with: all of a dense model's, a mixture's shared parts and 2 experts. */
export function activeParameters(model: ModelFacts): number {
	const { shape } = model;
	const all = decoderParameters(shape);
	const experts = shape.experts ?? 1;
	if (experts === 1) return all.total;
	const router = shape.dModel * experts;
	const oneExpert = (all.mlp / shape.layers - router) / experts;
	return all.total - shape.layers * (experts - EXPERTS_PER_TOKEN) * oneExpert;
}

export interface GpuFigures {
	gpu: GpuFacts;
	memoryBytes: number;
	fits: boolean;
	needed: number;
	step: DecodeStep;
	tokensPerSecond: number;
	/** Null where no peak throughput is published. */
	prefill: number | null;
	/** Prefill plus every output step at the longest cache; null without prefill. */
	answer: number | null;
}

export interface BatchPoint {
	batch: number;
	totalBytes: number;
	fits: boolean;
	latency: number;
	throughput: number;
	bound: DecodeStep['bound'];
}

const findOr = <T extends { id: string }>(list: readonly T[], id: string) =>
	list.find((x) => x.id === id) ?? list[0];

export function deployment(inputs: Inputs) {
	const model = findOr(models, inputs.model);
	const { shape } = model;
	const parameters = decoderParameters(shape).total;
	const active = activeParameters(model);
	const seqLen = inputs.prompt + inputs.output;
	const expertsPerToken = (shape.experts ?? 1) > 1 ? EXPERTS_PER_TOKEN : 1;
	const valuesPerToken = activationValuesPerToken(shape, expertsPerToken);
	const weights = weightBytes(parameters, inputs.weights);
	const cacheOf = (batch: number, kvHeads = shape.kvHeads) =>
		kvCacheBytes({
			layers: shape.layers,
			kvHeads,
			headDim: shape.headDim,
			seqLen,
			batch,
			bytesPerValue: bytesPerCacheValue[inputs.cache]
		});
	const activationsOf = (batch: number) =>
		activationBytes({
			valuesPerToken,
			tokens: inputs.prompt,
			batch,
			bytesPerValue: ACTIVATION_BYTES
		});
	const cache = cacheOf(inputs.batch);
	const activations = activationsOf(inputs.batch);
	const total = weights + cache + activations;

	const stepOn = (gpu: GpuFacts, batch: number) =>
		decodeStepSeconds({
			weightBytes: weights,
			kvCacheBytes: cacheOf(batch),
			bandwidthBytesPerSecond: gpu.bandwidthGBs * GB,
			activeParameters: active,
			batch,
			flopsPerSecond: gpu.bf16Tflops === null ? null : gpu.bf16Tflops * 1e12
		});

	const perGpu: GpuFigures[] = gpus.map((gpu) => {
		const memoryBytes = gpu.memoryGB * GB;
		const step = stepOn(gpu, inputs.batch);
		const prefill =
			gpu.bf16Tflops === null
				? null
				: prefillSeconds({
						parameters: active,
						tokens: inputs.batch * inputs.prompt,
						flopsPerSecond: gpu.bf16Tflops * 1e12
					});
		return {
			gpu,
			memoryBytes,
			fits: total <= memoryBytes,
			needed: devicesNeeded(total, memoryBytes),
			step,
			tokensPerSecond: inputs.batch / step.seconds,
			prefill,
			answer: prefill === null ? null : prefill + inputs.output * step.seconds
		};
	});
	const chosen = findOr(
		perGpu.map((g) => ({ ...g, id: g.gpu.id })),
		inputs.gpu
	);

	const batches = [...new Set([...BATCHES, inputs.batch])].sort((a, b) => a - b);
	const sweep: BatchPoint[] = batches.map((batch) => {
		const step = stepOn(chosen.gpu, batch);
		const totalBytes = weights + cacheOf(batch) + activationsOf(batch);
		return {
			batch,
			totalBytes,
			fits: totalBytes <= chosen.memoryBytes,
			latency: step.seconds,
			throughput: batch / step.seconds,
			bound: step.bound
		};
	});

	return {
		model,
		shape,
		parameters,
		active,
		seqLen,
		beyondContext: seqLen > model.contextLength,
		valuesPerToken,
		expertsPerToken,
		memory: { weights, cache, activations, total },
		/** The cache if every query head kept its own keys and values (no grouped-query attention). */
		cacheWithoutGqa: cacheOf(inputs.batch, shape.heads),
		perGpu,
		chosen,
		sweep
	};
}

export type Deployment = ReturnType<typeof deployment>;
