/** Which of the teacher's points a student learns from (no autodiff here: the page draws them too). */
import { createRng, randomInt } from '$lib/math/rng';
import { TRAIN_POINTS } from './constants';

const SUBSET_SEED = 0x5b5e;

/**
 * The first n rows of resample r: a seeded shuffle of the training set's indices (r = 0 is the
 * main run's transfer set; the sweep draws r = 0, 1, 2, …). Small sets may miss a class.
 */
export function transferRows(seed: number, r: number, n: number, total = TRAIN_POINTS): number[] {
	const rows = Array.from({ length: total }, (_, i) => i);
	const rng = createRng((seed ^ SUBSET_SEED) + 7919 * r);
	for (let i = total - 1; i > 0; i--) {
		const j = randomInt(rng, i + 1);
		[rows[i], rows[j]] = [rows[j], rows[i]];
	}
	return rows.slice(0, n);
}
