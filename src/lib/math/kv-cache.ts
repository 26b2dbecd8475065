/** The key-value cache of a decoder: what it keeps per token so that decoding need not recompute. */

export interface KvCacheShape {
	layers: number;
	/** Key-value heads: fewer than the query heads under grouped-query (or multi-query) attention. */
	kvHeads: number;
	headDim: number;
	seqLen: number;
	batch: number;
	/** 2 for fp16/bf16, 1 for int8/fp8. */
	bytesPerValue: number;
}

/**
 * Bytes of the cache: a key and a value vector (the 2) per layer, key-value head, token and
 * sequence, 2 · layers · kvHeads · headDim · seqLen · batch · bytesPerValue. Counting query heads
 * instead of key-value heads overstates it by their ratio under grouped-query attention.
 */
export function kvCacheBytes({
	layers,
	kvHeads,
	headDim,
	seqLen,
	batch,
	bytesPerValue
}: KvCacheShape): number {
	for (const [name, value] of Object.entries({
		layers,
		kvHeads,
		headDim,
		seqLen,
		batch,
		bytesPerValue
	})) {
		if (!(value >= 0) || !Number.isFinite(value)) {
			throw new RangeError(`kvCacheBytes: ${name} must be a finite number ≥ 0, got ${value}`);
		}
	}
	return 2 * layers * kvHeads * headDim * seqLen * batch * bytesPerValue;
}
