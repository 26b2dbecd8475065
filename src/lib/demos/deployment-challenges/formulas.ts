/**
 * Each figure of the page as its formula, the same formula with the numbers filled in, and the
 * result. Symbols and units only: the labels are the page's strings.
 */
import { bytesPerWeight } from '$lib/math/inference-memory';
import { ACTIVATION_BYTES, bytesPerCacheValue, type Deployment, type Inputs } from './figures';
import { count, duration, gb, sci, sig } from './format';

export type FormulaRow = {
	key:
		| 'parameters'
		| 'active'
		| 'weights'
		| 'cache'
		| 'activations'
		| 'total'
		| 'memoryStep'
		| 'computeStep'
		| 'rate'
		| 'prefill'
		| 'answer';
	formula: string;
	/** Null where a figure it needs was never published. */
	filled: string | null;
	result: string | null;
};

/** The rows of the memory table; the rest are the speed table's. */
export const memoryKeys: ReadonlySet<FormulaRow['key']> = new Set([
	'parameters',
	'active',
	'weights',
	'cache',
	'activations',
	'total'
]);

export function formulaRows(d: Deployment, v: Inputs, perSecond: string): FormulaRow[] {
	const s = d.shape;
	const { gpu, step, prefill, answer, tokensPerSecond } = d.chosen;
	const flops = gpu.bf16Tflops;
	const bw = `${count(gpu.bandwidthGBs)} GB/s`;
	const peak = flops === null ? null : `${sig(flops)} TFLOPS`;
	const bw8 = bytesPerWeight[v.weights];
	const mlpFactor = (s.mlp === 'swiglu' ? 2 : 1) * d.expertsPerToken;
	return [
		{ key: 'parameters', formula: 'P', filled: null, result: sci(d.parameters) },
		...(d.active === d.parameters
			? []
			: [
					{
						key: 'active' as const,
						formula: `P_active (${d.expertsPerToken} / ${s.experts} experts)`,
						filled: null,
						result: sci(d.active)
					}
				]),
		{
			key: 'weights',
			formula: 'P × b_w',
			filled: `${sci(d.parameters)} × ${bw8} B`,
			result: gb(d.memory.weights)
		},
		{
			key: 'cache',
			formula: '2 × L × h_kv × d_head × (n_prompt + n_out) × B × b_kv',
			filled: `2 × ${s.layers} × ${s.kvHeads} × ${s.headDim} × ${count(d.seqLen)} × ${v.batch} × ${bytesPerCacheValue[v.cache]} B`,
			result: gb(d.memory.cache)
		},
		{
			key: 'activations',
			formula: `B × n_prompt × (d + (h + 2h_kv) × d_head + ${mlpFactor} × d_ff) × ${ACTIVATION_BYTES} B`,
			filled: `${v.batch} × ${count(v.prompt)} × (${s.dModel} + ${s.heads + 2 * s.kvHeads} × ${s.headDim} + ${mlpFactor} × ${count(s.ffn)}) × ${ACTIVATION_BYTES} B`,
			result: gb(d.memory.activations)
		},
		{
			key: 'total',
			formula: 'weights + cache + activations',
			filled: `${gb(d.memory.weights)} + ${gb(d.memory.cache)} + ${gb(d.memory.activations)}`,
			result: gb(d.memory.total)
		},
		{
			key: 'memoryStep',
			formula: '(weights + cache) / bandwidth',
			filled: `(${gb(d.memory.weights)} + ${gb(d.memory.cache)}) / ${bw}`,
			result: duration(step.memorySeconds)
		},
		{
			key: 'computeStep',
			formula: '2 × P_active × B / peak',
			filled: peak === null ? null : `2 × ${sci(d.active)} × ${v.batch} / ${peak}`,
			result: step.computeSeconds === null ? null : duration(step.computeSeconds)
		},
		{
			key: 'rate',
			formula: 'B / max(memory step, compute step)',
			filled: `${v.batch} / ${duration(step.seconds)}`,
			result: `${sig(tokensPerSecond)} ${perSecond}`
		},
		{
			key: 'prefill',
			formula: '2 × P_active × B × n_prompt / peak',
			filled:
				peak === null ? null : `2 × ${sci(d.active)} × ${v.batch} × ${count(v.prompt)} / ${peak}`,
			result: prefill === null ? null : duration(prefill)
		},
		{
			key: 'answer',
			formula: 'prefill + n_out × step',
			filled:
				prefill === null
					? null
					: `${duration(prefill)} + ${count(v.output)} × ${duration(step.seconds)}`,
			result: answer === null ? null : duration(answer)
		}
	];
}
