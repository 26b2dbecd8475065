/**
 * A trained model in one file: a little-endian u32 giving the length of a UTF-8 JSON header (the
 * configuration, the BPE merges and how it was trained), the header padded to a multiple of 4
 * bytes, then every weight as float32 in gptParameters order. Float32 halves the file; the
 * training log's held-out loss is measured on the weights as stored.
 */
import { createBpeCodec, type BpeCodec } from '$lib/math/bpe-codec';
import { BYTE_VOCAB_SIZE, type BpeMerge } from '$lib/math/bpe-train';
import { configProblem, parameterCount, type GptConfig } from './config';
import { gptParameters, initGpt, type GptWeights } from './model';

export interface TrainingRecord {
	seed: number;
	steps: number;
	/** Mean loss over the held-out answers, nats per token, of the stored weights. */
	heldOutLoss: number;
}

interface Header {
	format: 'tiny-gpt/1';
	config: GptConfig;
	/** The merged pairs and their counts in rank order; merge i makes token 256 + i. */
	merges: [number, number, number][];
	training: TrainingRecord;
}

export interface Checkpoint {
	weights: GptWeights;
	codec: BpeCodec;
	merges: BpeMerge[];
	training: TrainingRecord;
}

/** The weights rounded to float32, as a checkpoint stores them (in place). */
export function roundToFloat32(weights: GptWeights): GptWeights {
	for (const p of gptParameters(weights)) p.data.set(Float32Array.from(p.data));
	return weights;
}

export function encodeCheckpoint(
	weights: GptWeights,
	merges: readonly BpeMerge[],
	training: TrainingRecord
): Uint8Array {
	const header: Header = {
		format: 'tiny-gpt/1',
		config: weights.config,
		merges: merges.map((m) => [...m.pair, m.count]),
		training
	};
	const json = new TextEncoder().encode(JSON.stringify(header));
	const offset = 4 + Math.ceil(json.length / 4) * 4;
	const params = gptParameters(weights);
	const bytes = new Uint8Array(offset + 4 * parameterCount(weights.config));
	new DataView(bytes.buffer).setUint32(0, json.length, true);
	bytes.set(json, 4);
	const values = new Float32Array(bytes.buffer, offset);
	let at = 0;
	for (const p of params) {
		values.set(p.data, at);
		at += p.size;
	}
	return bytes;
}

export function decodeCheckpoint(bytes: Uint8Array): Checkpoint {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const length = bytes.byteLength >= 4 ? view.getUint32(0, true) : -1;
	const offset = 4 + Math.ceil(length / 4) * 4;
	let header: Header;
	try {
		header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + length)));
	} catch {
		throw new Error('decodeCheckpoint: not a tiny-gpt checkpoint');
	}
	const { format, config, merges: pairs, training } = header;
	const problem = format === 'tiny-gpt/1' ? configProblem(config) : 'unknown format';
	if (problem) throw new Error(`decodeCheckpoint: ${problem}`);
	if (bytes.byteLength !== offset + 4 * parameterCount(config)) {
		throw new Error('decodeCheckpoint: the file is not as long as its configuration says');
	}
	// Copied out, so that the float32 view is aligned whatever the buffer's offset.
	const values = new Float32Array(bytes.slice(offset).buffer);
	const weights = initGpt(config, 0);
	let at = 0;
	for (const p of gptParameters(weights)) {
		p.data.set(values.subarray(at, at + p.size));
		at += p.size;
	}
	const merges = pairs.map(([a, b, count], i) => ({
		pair: [a, b] as [number, number],
		id: BYTE_VOCAB_SIZE + i,
		count
	}));
	return { weights, codec: createBpeCodec(merges), merges, training };
}
