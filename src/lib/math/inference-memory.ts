/**
 * Memory to serve a decoder besides its key-value cache ($lib/math/kv-cache): the weights at a
 * chosen precision and a simple, stated estimate of the activations.
 */
import type { DecoderShape } from './model-size';

export const weightPrecisions = ['fp32', 'bf16', 'int8', 'int4'] as const;
export type WeightPrecision = (typeof weightPrecisions)[number];

/** Bytes per weight; int4 counts the 4 bits alone, not the scales a quantiser stores beside them. */
export const bytesPerWeight: Record<WeightPrecision, number> = {
	fp32: 4,
	bf16: 2,
	int8: 1,
	int4: 0.5
};

export function weightBytes(parameters: number, precision: WeightPrecision): number {
	if (!(parameters >= 0) || !Number.isFinite(parameters)) {
		throw new RangeError(`weightBytes: parameters must be a finite number ≥ 0, got ${parameters}`);
	}
	return parameters * bytesPerWeight[precision];
}

/**
 * Values one token carries through a layer at once: the residual stream (d_model), the query,
 * key and value vectors ((heads + 2 · kvHeads) · headDim) and the MLP's hidden layer (ffn; twice
 * for SwiGLU's gate and up; times the experts each token is routed to).
 */
export function activationValuesPerToken(
	shape: Pick<DecoderShape, 'dModel' | 'heads' | 'kvHeads' | 'headDim' | 'ffn' | 'mlp'>,
	expertsPerToken = 1
): number {
	const mlpHidden = shape.ffn * (shape.mlp === 'swiglu' ? 2 : 1) * expertsPerToken;
	return shape.dModel + (shape.heads + 2 * shape.kvHeads) * shape.headDim + mlpHidden;
}

/**
 * A simple estimate of the activations held while reading a prompt: inference keeps no
 * activations for a backward pass, layers run one after another, and fused attention never
 * stores the n × n scores, so the peak is about one layer's values for every token in flight,
 * batch · tokens · activationValuesPerToken · bytesPerValue.
 */
export function activationBytes({
	valuesPerToken,
	tokens,
	batch,
	bytesPerValue
}: {
	valuesPerToken: number;
	tokens: number;
	batch: number;
	bytesPerValue: number;
}): number {
	for (const [name, value] of Object.entries({ valuesPerToken, tokens, batch, bytesPerValue })) {
		if (!(value >= 0) || !Number.isFinite(value)) {
			throw new RangeError(`activationBytes: ${name} must be a finite number ≥ 0, got ${value}`);
		}
	}
	return batch * tokens * valuesPerToken * bytesPerValue;
}

/** Devices of `deviceBytes` each needed to hold `bytes`, split perfectly (at least one). */
export function devicesNeeded(bytes: number, deviceBytes: number): number {
	if (!(bytes >= 0 && deviceBytes > 0)) {
		throw new RangeError('devicesNeeded: bytes must be ≥ 0 and a device larger than 0');
	}
	return Math.max(1, Math.ceil(bytes / deviceBytes));
}
