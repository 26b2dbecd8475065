/**
 * The two tasks, drawn from the seed: task A is two moons on the left of the plane, task B two
 * moons on the right with their labels swapped (the upper moon is class 0 in A, class 1 in B).
 * A network that learns B alone extends B's rule leftwards over A's moons and gets most of A
 * wrong; one network can still solve both, since the two sets do not overlap.
 */
import { twoMoons } from '$lib/math/two-moons';

export type Task = 'a' | 'b';
/** Points (x, y) row after row, and their class ids (0 or 1). */
export type Points = { xs: number[]; labels: number[] };
export type TaskData = { train: Points; test: Points };

export const TRAIN_POINTS = 120;
export const TEST_POINTS = 200;
/** How far each task's moons sit from the middle of the plane. */
export const OFFSET = 1.2;
/** The plane drawn: x in [−X, X], y in [−Y, Y]. */
export const PLANE = { x: 3, y: 1.5 } as const;

function place(seed: number, n: number, task: Task): Points {
	const moons = twoMoons(seed, n);
	const dx = task === 'a' ? -OFFSET : OFFSET;
	return {
		xs: moons.xs.map((v, i) => (i % 2 === 0 ? v + dx : v)),
		labels: task === 'a' ? moons.labels : moons.labels.map((l) => 1 - l)
	};
}

/** A task's training and test points; four different draws of the seed. */
export function taskData(seed: number, task: Task): TaskData {
	const base = task === 'a' ? 0 : 2;
	return {
		train: place((seed ^ 0x7a5c) + base, TRAIN_POINTS, task),
		test: place((seed ^ 0x7e57) + base + 1, TEST_POINTS, task)
	};
}

/** The centres of a cols × rows grid over the plane, row by row from the top. */
export function gridPoints(cols: number, rows: number): number[] {
	const xs: number[] = [];
	for (let r = 0; r < rows; r++) {
		const y = PLANE.y - ((r + 0.5) * 2 * PLANE.y) / rows;
		for (let c = 0; c < cols; c++) xs.push(-PLANE.x + ((c + 0.5) * 2 * PLANE.x) / cols, y);
	}
	return xs;
}
