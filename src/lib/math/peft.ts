/**
 * Trainable parameters of the parameter-efficient fine-tuning methods, counted from a decoder's
 * configuration (the shapes of $lib/math/model-size). Each count is what the method adds (or, for
 * BitFit, unfreezes); the base model's own weights stay frozen.
 */
import { loraParameterCount } from './lora';
import { decoderParameters, type DecoderShape } from './model-size';

export const loraTargets = ['q', 'k', 'v', 'o', 'mlp'] as const;
export type LoraTarget = (typeof loraTargets)[number];

export const peftMethods = [
	'full',
	'lora',
	'adapter',
	'prefix',
	'prompt',
	'bitfit',
	'ia3'
] as const;
export type PeftMethod = (typeof peftMethods)[number];

export interface PeftSettings {
	/** LoRA's rank r and the matrices it adapts in every layer. */
	rank: number;
	targets: readonly LoraTarget[];
	/** The adapter's bottleneck width m. */
	bottleneck: number;
	/** Prefix tuning: learned key and value vectors per layer. */
	prefixLength: number;
	/** Prompt tuning: learned input embeddings (virtual tokens). */
	promptTokens: number;
}

function checkCount(name: string, value: number): void {
	if (!Number.isInteger(value) || value < 0) {
		throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`);
	}
}

/** Width of the keys and values: fewer heads than the queries under grouped-query attention. */
const kvWidth = (s: DecoderShape) => s.kvHeads * s.headDim;
const experts = (s: DecoderShape) => s.experts ?? 1;

/** The (dIn, dOut) of each matrix a LoRA target names, in one layer. */
export function targetMatrices(s: DecoderShape, target: LoraTarget): [number, number][] {
	const q = s.heads * s.headDim;
	switch (target) {
		case 'q':
			return [[s.dModel, q]];
		case 'k':
		case 'v':
			return [[s.dModel, kvWidth(s)]];
		case 'o':
			return [[q, s.dModel]];
		case 'mlp': {
			const up: [number, number] = [s.dModel, s.ffn];
			const down: [number, number] = [s.ffn, s.dModel];
			const one = s.mlp === 'swiglu' ? [up, up, down] : [up, down];
			// Every expert of a mixture has its own MLP, so its own adapters.
			return Array.from({ length: experts(s) }, () => one).flat();
		}
	}
}

/** LoRA (Hu et al., 2021): r · (dIn + dOut) for every adapted matrix of every layer. */
export function loraTrainable(
	s: DecoderShape,
	rank: number,
	targets: readonly LoraTarget[]
): number {
	checkCount('loraTrainable: rank', rank);
	const perLayer = [...new Set(targets)]
		.flatMap((target) => targetMatrices(s, target))
		.reduce((sum, [dIn, dOut]) => sum + loraParameterCount(dIn, dOut, rank), 0);
	return s.layers * perLayer;
}

/**
 * Houlsby adapters (Houlsby et al., 2019, arXiv:1902.00751): two per layer (after attention and
 * after the MLP), each a down-projection d → m and an up-projection m → d with biases:
 * 2·d·m + m + d. (Houlsby et al. also train the layer norms; like the LoRA paper's count of
 * "AdapterH", this leaves them out.)
 */
export function adapterTrainable(s: DecoderShape, bottleneck: number): number {
	checkCount('adapterTrainable: bottleneck', bottleneck);
	return s.layers * 2 * (2 * s.dModel * bottleneck + bottleneck + s.dModel);
}

/**
 * Prefix tuning (Li & Liang, 2021, arXiv:2101.00190): a learned key and value for each prefix
 * position in every layer, 2 · layers · length · (key-value width), as the PEFT library stores it
 * (its reparameterising MLP, used only during training, is not counted).
 */
export function prefixTrainable(s: DecoderShape, length: number): number {
	checkCount('prefixTrainable: length', length);
	return 2 * s.layers * length * kvWidth(s);
}

/** Prompt tuning (Lester et al., 2021, arXiv:2104.08691): one learned embedding per virtual token. */
export function promptTrainable(s: DecoderShape, tokens: number): number {
	checkCount('promptTrainable: tokens', tokens);
	return tokens * s.dModel;
}

/**
 * BitFit (Ben Zaken et al., 2022, arXiv:2106.10199): every bias term — of the linear layers and
 * of the LayerNorms. A model without biases (Llama, Mistral: no linear biases, RMSNorm) has none.
 */
export function bitfitTrainable(s: DecoderShape): number {
	const q = s.heads * s.headDim;
	const linear = s.bias
		? s.layers *
			(q +
				2 * kvWidth(s) +
				s.dModel +
				experts(s) * ((s.mlp === 'swiglu' ? 2 : 1) * s.ffn + s.dModel))
		: 0;
	const norms = s.norm === 'layernorm' ? (2 * s.layers + 1) * s.dModel : 0;
	return linear + norms;
}

/**
 * (IA)³ (Liu et al., 2022, arXiv:2205.05638): three learned vectors per layer that rescale the
 * keys, the values and the MLP's hidden activations: 2 · (key-value width) + ffn (per expert).
 */
export function ia3Trainable(s: DecoderShape): number {
	return s.layers * (2 * kvWidth(s) + experts(s) * s.ffn);
}

export interface PeftCount {
	trainable: number;
	frozen: number;
}

/**
 * Trainable and frozen parameters of fine-tuning `s` with `method`. BitFit unfreezes parameters
 * the model has; the other methods add theirs beside the frozen model.
 */
export function peftParameters(
	method: PeftMethod,
	s: DecoderShape,
	settings: PeftSettings
): PeftCount {
	const base = decoderParameters(s).total;
	switch (method) {
		case 'full':
			return { trainable: base, frozen: 0 };
		case 'bitfit': {
			const biases = bitfitTrainable(s);
			return { trainable: biases, frozen: base - biases };
		}
		case 'lora':
			return { trainable: loraTrainable(s, settings.rank, settings.targets), frozen: base };
		case 'adapter':
			return { trainable: adapterTrainable(s, settings.bottleneck), frozen: base };
		case 'prefix':
			return { trainable: prefixTrainable(s, settings.prefixLength), frozen: base };
		case 'prompt':
			return { trainable: promptTrainable(s, settings.promptTokens), frozen: base };
		case 'ia3':
			return { trainable: ia3Trainable(s), frozen: base };
	}
}
