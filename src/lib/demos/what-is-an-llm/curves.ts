/** What the page draws of a run's logs: the loss curves and the readings, newest first. */
import type { TrainLog } from './train.run';

type Point = readonly [number, number];

/** The training loss at every step as the mean of the last `window` steps' (fewer at first). */
export function smoothedLoss(logs: readonly TrainLog[], window: number): Point[] {
	const points: Point[] = [];
	let sum = 0;
	for (let i = 0; i < logs.length; i++) {
		sum += logs[i].loss;
		if (i >= window) sum -= logs[i - window].loss;
		points.push([i + 1, sum / Math.min(i + 1, window)]);
	}
	return points;
}

export type Reading = { step: number; heldOut: number; sample: string };

/** The readings (step 0's first), newest first. */
export function readings(start: Omit<Reading, 'step'>, logs: readonly TrainLog[]): Reading[] {
	const taken: Reading[] = [{ step: 0, ...start }];
	logs.forEach((log, i) => {
		if (log.heldOut !== undefined && log.sample !== undefined) {
			taken.push({ step: i + 1, heldOut: log.heldOut, sample: log.sample });
		}
	});
	return taken.reverse();
}
