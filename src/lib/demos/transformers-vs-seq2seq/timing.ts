/**
 * Timing a recurrent layer against a self-attention layer on this device: for each length n,
 * one warm-up pass and then `repeats` timed passes of each, reported as the median with the
 * fastest and slowest (the spread is the noise of a shared machine). The clock is passed in, so
 * a test can drive it.
 */
import type { LayerKind } from '$lib/math/attention-cost';
import { rnnForward, selfAttentionForward } from '$lib/math/layer-forward';
import { createRng } from '$lib/math/rng';

export const TIMING_SIZES = [16, 32, 64, 128, 256, 512];
export const REPEATS = 7;

export interface Timing {
	n: number;
	kind: LayerKind;
	/** Milliseconds per forward pass. */
	median: number;
	low: number;
	high: number;
}

export function median(xs: readonly number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Yields after every pass (a worker stays responsive to cancel; the page shows progress). */
export function* measureLayers(
	d: number,
	now: () => number,
	{ sizes = TIMING_SIZES, repeats = REPEATS, seed = 1 } = {},
	progress: (done: number) => void = () => {}
): Generator<undefined, Timing[]> {
	const rng = createRng(seed);
	const random = (k: number, scale: number) =>
		Float64Array.from({ length: k }, () => (rng() * 2 - 1) * scale);
	const s = 1 / Math.sqrt(d);
	const [W, U, Wq, Wk, Wv, Wo] = Array.from({ length: 6 }, () => random(d * d, s));
	const b = random(d, 0.1);
	const passes: Record<LayerKind, (x: Float64Array, n: number) => unknown> = {
		recurrent: (x, n) => rnnForward(x, n, d, W, U, b),
		'self-attention': (x, n) => selfAttentionForward(x, n, d, Wq, Wk, Wv, Wo)
	};
	const out: Timing[] = [];
	const total = sizes.length * 2 * (repeats + 1);
	let done = 0;
	for (const n of sizes) {
		const x = random(n * d, 1);
		for (const kind of ['recurrent', 'self-attention'] as const) {
			const times: number[] = [];
			for (let r = 0; r <= repeats; r++) {
				const start = now();
				passes[kind](x, n);
				if (r > 0) times.push(now() - start);
				progress(++done / total);
				yield;
			}
			out.push({
				n,
				kind,
				median: median(times),
				low: Math.min(...times),
				high: Math.max(...times)
			});
		}
	}
	return out;
}
