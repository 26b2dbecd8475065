/** The run's logs as chart points: one step's batch is noisy, so curves show means of blocks. */

/** Steps per point: enough that a curve of `steps` steps has at most `points` points. */
export const blockFor = (steps: number, points = 150) => Math.max(5, Math.ceil(steps / points));

/**
 * [last step of the block, mean over the block] for consecutive blocks of `block` steps (step 1
 * is values[0]); a last, unfinished block is left out until it fills.
 */
export function blockMeans(values: readonly number[], block: number): [number, number][] {
	const points: [number, number][] = [];
	for (let end = block; end <= values.length; end += block) {
		let sum = 0;
		for (let i = end - block; i < end; i++) sum += values[i];
		points.push([end, sum / block]);
	}
	return points;
}
