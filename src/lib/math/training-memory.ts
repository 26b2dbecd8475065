/**
 * Memory to fine-tune a model, term by term, under the usual mixed-precision Adam accounting
 * (Rajbhandari et al., 2020, "ZeRO", §3.1): per trainable parameter a bf16 weight (2 bytes), a
 * bf16 gradient (2) and fp32 optimiser state — a master copy, momentum and variance (12); per
 * frozen parameter only its weight. Activations depend on batch and length and are not counted.
 */
import { nf4BitsPerParameter } from './nf4';

export type FineTuning = 'full' | 'lora' | 'qlora';

export interface MemoryTerms {
	/** Bytes of the weights: trainable ones in bf16; frozen ones in bf16, or NF4 for QLoRA. */
	weights: number;
	/** The two parts of `weights`: the frozen model and the trained weights (all, or the adapter). */
	frozenWeights: number;
	trainableWeights: number;
	gradients: number;
	/** fp32 master weights, Adam's momentum and variance. */
	optimizer: number;
	total: number;
}

const BF16 = 2;
const ADAM_STATE = 12;

/**
 * Training memory for a model of `parameters` weights of which `adapter` are added and trained
 * (LoRA, QLoRA; ignored for full fine-tuning, which trains all of them). QLoRA stores the frozen
 * weights in NF4 with double quantisation (Dettmers et al., 2023).
 */
export function fineTuningMemory(
	method: FineTuning,
	{ parameters, adapter = 0 }: { parameters: number; adapter?: number }
): MemoryTerms {
	if (!(parameters >= 0 && adapter >= 0 && Number.isFinite(parameters + adapter))) {
		throw new RangeError('fineTuningMemory: parameter counts must be finite and ≥ 0');
	}
	const trainable = method === 'full' ? parameters : adapter;
	const frozenBytesEach = method === 'qlora' ? nf4BitsPerParameter(64, true) / 8 : BF16;
	const frozen = method === 'full' ? 0 : parameters * frozenBytesEach;
	const terms = {
		weights: frozen + trainable * BF16,
		gradients: trainable * BF16,
		optimizer: trainable * ADAM_STATE
	};
	return {
		...terms,
		frozenWeights: frozen,
		trainableWeights: trainable * BF16,
		total: terms.weights + terms.gradients + terms.optimizer
	};
}
