import { initSeq2Seq, parameterCount, type ModelShape } from '$lib/engines/seq2seq/model';
import { mulberry32 } from '$lib/math/rng';

const counts = new Map<string, number>();

/** How many weights a model of `shape` has (built once per shape and counted). */
export function weightCount(shape: ModelShape): number {
	const key = JSON.stringify(shape);
	let n = counts.get(key);
	if (n === undefined) {
		n = parameterCount(initSeq2Seq(shape, mulberry32(0)));
		counts.set(key, n);
	}
	return n;
}
