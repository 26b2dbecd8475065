/**
 * How fast a model can answer, bounded by the hardware (a roofline): generating a token reads
 * every weight and the whole key-value cache from memory once, so decoding is bound by memory
 * bandwidth; reading the prompt (prefill) does about 2 floating-point operations per parameter
 * per token and is bound by compute. Real systems reach a fraction of these bounds.
 */

const check = (name: string, values: Record<string, number>) => {
	for (const [key, value] of Object.entries(values)) {
		if (!(value >= 0) || !Number.isFinite(value)) {
			throw new RangeError(`${name}: ${key} must be a finite number ≥ 0, got ${value}`);
		}
	}
};

/**
 * Upper bound on tokens per second while decoding a batch: each step reads the weights once for
 * the whole batch and each sequence's cache, and yields one token per sequence.
 */
export function decodeTokensPerSecond({
	weightBytes,
	kvCacheBytes,
	bandwidthBytesPerSecond,
	batch
}: {
	weightBytes: number;
	/** The cache of the whole batch. */
	kvCacheBytes: number;
	bandwidthBytesPerSecond: number;
	batch: number;
}): number {
	check('decodeTokensPerSecond', { weightBytes, kvCacheBytes, bandwidthBytesPerSecond, batch });
	const bytesPerStep = weightBytes + kvCacheBytes;
	return bytesPerStep === 0 ? Infinity : (batch * bandwidthBytesPerSecond) / bytesPerStep;
}

/** Lower bound on the seconds to read a prompt: 2 · parameters · tokens operations at peak. */
export function prefillSeconds({
	parameters,
	tokens,
	flopsPerSecond
}: {
	parameters: number;
	/** Prompt tokens across the batch. */
	tokens: number;
	flopsPerSecond: number;
}): number {
	check('prefillSeconds', { parameters, tokens, flopsPerSecond });
	return (2 * parameters * tokens) / flopsPerSecond;
}

export type DecodeStep = {
	/** Seconds to read the weights and the batch's cache at full bandwidth. */
	memorySeconds: number;
	/** Seconds for 2 · active parameters · batch operations at peak; null where no peak is published. */
	computeSeconds: number | null;
	/** The larger of the two: the roofline's lower bound on one step. */
	seconds: number;
	bound: 'memory' | 'compute';
};

/**
 * One decoding step of a batch under the roofline: reading the bytes takes bytes / bandwidth, the
 * arithmetic 2 · active parameters · batch / peak, and the step takes at least the larger. Small
 * batches are bound by memory (then batch / seconds is decodeTokensPerSecond); large ones can
 * become bound by compute. A mixture of experts computes with its active parameters only.
 */
export function decodeStepSeconds({
	weightBytes,
	kvCacheBytes,
	bandwidthBytesPerSecond,
	activeParameters,
	batch,
	flopsPerSecond
}: {
	weightBytes: number;
	/** The cache of the whole batch. */
	kvCacheBytes: number;
	bandwidthBytesPerSecond: number;
	activeParameters: number;
	batch: number;
	flopsPerSecond: number | null;
}): DecodeStep {
	check('decodeStepSeconds', {
		weightBytes,
		kvCacheBytes,
		bandwidthBytesPerSecond,
		activeParameters,
		batch,
		flopsPerSecond: flopsPerSecond ?? 0
	});
	const memorySeconds = (weightBytes + kvCacheBytes) / bandwidthBytesPerSecond;
	const computeSeconds =
		flopsPerSecond === null ? null : (2 * activeParameters * batch) / flopsPerSecond;
	return computeSeconds !== null && computeSeconds > memorySeconds
		? { memorySeconds, computeSeconds, seconds: computeSeconds, bound: 'compute' }
		: { memorySeconds, computeSeconds, seconds: memorySeconds, bound: 'memory' };
}
