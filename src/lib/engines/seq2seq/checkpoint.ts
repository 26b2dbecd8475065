/**
 * A model's weights as a small binary: each tensor as 16-bit integers scaled by its largest
 * magnitude (a relative step of 1/32,767), little-endian, tensors in `parameters` order. What the
 * binary needs besides (shape, scales) and how it was trained go in a small JSON summary.
 */
import { mulberry32 } from '$lib/math/rng';
import { initSeq2Seq, parameters, type ModelShape, type Seq2Seq } from './model';
import type { LengthAccuracy } from './train';

export type CheckpointInfo = {
	shape: ModelShape;
	/** How it was trained: the seed, the number of Adam steps, the batch size. */
	seed: number;
	steps: number;
	batch: number;
	/** Test-set accuracy by source length, as measured when the checkpoint was written. */
	accuracy: LengthAccuracy[];
	/** Each tensor's largest magnitude, which its integers are scaled to. */
	scales: number[];
};

const LEVELS = 32_767;

export function encodeWeights(m: Seq2Seq): { scales: number[]; bytes: Uint8Array } {
	const tensors = parameters(m);
	const ints = new Int16Array(tensors.reduce((n, p) => n + p.size, 0));
	const view = new DataView(ints.buffer);
	const scales: number[] = [];
	let offset = 0;
	for (const p of tensors) {
		let max = 0;
		for (let i = 0; i < p.size; i++) max = Math.max(max, Math.abs(p.data[i]));
		max ||= 1;
		scales.push(max);
		for (let i = 0; i < p.size; i++) {
			view.setInt16(2 * (offset + i), Math.round((p.data[i] / max) * LEVELS), true);
		}
		offset += p.size;
	}
	return { scales, bytes: new Uint8Array(ints.buffer) };
}

export function decodeWeights(
	info: Pick<CheckpointInfo, 'shape' | 'scales'>,
	bytes: Uint8Array
): Seq2Seq {
	const m = initSeq2Seq(info.shape, mulberry32(0));
	const tensors = parameters(m);
	const total = tensors.reduce((n, p) => n + p.size, 0);
	if (bytes.byteLength !== 2 * total || info.scales.length !== tensors.length) {
		throw new Error(
			`decodeWeights: ${bytes.byteLength} bytes do not fit a model of ${total} weights`
		);
	}
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let offset = 0;
	tensors.forEach((p, k) => {
		for (let i = 0; i < p.size; i++) {
			p.data[i] = (view.getInt16(2 * (offset + i), true) / LEVELS) * info.scales[k];
		}
		offset += p.size;
	});
	return m;
}
