/**
 * Saving and loading a model's weights as a small JSON: each tensor as 16-bit integers scaled by
 * its largest magnitude (a relative step of 1/32,767), the bytes in base64.
 */
import { Tensor } from '$lib/math/autodiff';
import { mulberry32 } from '$lib/math/rng';
import { initSeq2Seq, parameters, type ModelShape, type Seq2Seq } from './model';
import type { LengthAccuracy } from './train';

export type Checkpoint = {
	shape: ModelShape;
	/** How it was trained: the seed, the number of Adam steps, the batch size. */
	seed: number;
	steps: number;
	batch: number;
	/** Test-set accuracy by source length, as measured when the checkpoint was written. */
	accuracy: LengthAccuracy[];
	scales: number[];
	weights: string;
};

const LEVELS = 32_767;

function toBase64(bytes: Uint8Array): string {
	let text = '';
	for (let i = 0; i < bytes.length; i += 0x8000) {
		text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return btoa(text);
}

function fromBase64(text: string): Uint8Array {
	const raw = atob(text);
	return Uint8Array.from(raw, (c) => c.charCodeAt(0));
}

export function saveCheckpoint(
	m: Seq2Seq,
	info: Omit<Checkpoint, 'shape' | 'scales' | 'weights'>
): Checkpoint {
	const tensors = parameters(m);
	const total = tensors.reduce((n, p) => n + p.size, 0);
	const ints = new Int16Array(total);
	const scales: number[] = [];
	let offset = 0;
	for (const p of tensors) {
		let max = 0;
		for (let i = 0; i < p.size; i++) max = Math.max(max, Math.abs(p.data[i]));
		max ||= 1;
		scales.push(max);
		for (let i = 0; i < p.size; i++) ints[offset + i] = Math.round((p.data[i] / max) * LEVELS);
		offset += p.size;
	}
	return { shape: m.shape, ...info, scales, weights: toBase64(new Uint8Array(ints.buffer)) };
}

export function loadCheckpoint(c: Checkpoint): Seq2Seq {
	const m = initSeq2Seq(c.shape, mulberry32(0));
	const bytes = fromBase64(c.weights);
	const ints = new Int16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2);
	let offset = 0;
	parameters(m).forEach((p: Tensor, k) => {
		for (let i = 0; i < p.size; i++) p.data[i] = (ints[offset + i] / LEVELS) * c.scales[k];
		offset += p.size;
	});
	if (offset !== ints.length) throw new Error('loadCheckpoint: the weights do not fit the shape');
	return m;
}
