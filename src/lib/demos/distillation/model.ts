/**
 * The networks and data of the distillation page: a teacher MLP trained on overlapping Gaussian
 * blobs, and students a fraction of its size trained on a few of the same points, from hard
 * labels, from the teacher's soft targets, or from a mix. Pure and seeded: the same numbers give
 * the same networks, step for step.
 */
import { Adam, createMlp, crossEntropy, mlpForward, Tensor, type Mlp } from '$lib/math/autodiff';
import { distillationLoss } from '$lib/math/distillation-loss';
import { blobCentre, gaussianBlobs } from '$lib/math/gaussian-blobs';
import { klDivergence } from '$lib/math/information';
import { createRng } from '$lib/math/rng';
import { mlpLogits, softmaxRows } from './forward';
import { GRID, LIMIT, studentSizes, teacherSizes, TEST_POINTS, TRAIN_POINTS } from './constants';

/** Offsets that give each draw its own stream from the one seed in the URL. */
const TEST_SEED = 0x7e57;
const TEACHER_SEED = 0x7eac;
const STUDENT_SEED = 0x57d0;

export type DataSpec = { seed: number; classes: number; spread: number };
export type Points = { x: Tensor; xs: number[]; labels: number[] };

const points = ({ xs, labels }: { xs: number[]; labels: number[] }): Points => ({
	x: Tensor.from(xs, [labels.length, 2]),
	xs,
	labels
});

export const trainSet = (d: DataSpec): Points => points(gaussianBlobs(d.seed, TRAIN_POINTS, d));
export const testSet = (d: DataSpec): Points =>
	points(gaussianBlobs(d.seed ^ TEST_SEED, TEST_POINTS, d));

export function newTeacher(d: DataSpec): Mlp {
	return createMlp(teacherSizes(d.classes), createRng(d.seed ^ TEACHER_SEED));
}
/** Every student starts from the same weights, so the three differ only in what they learn from. */
export function newStudent(d: DataSpec, width: number): Mlp {
	return createMlp(studentSizes(d.classes, width), createRng(d.seed ^ STUDENT_SEED));
}
/** A network rebuilt from its weights (as they cross to and from a worker). */
export function mlpFrom(sizes: number[], weights: readonly ArrayLike<number>[]): Mlp {
	const params = weights.map((w, i) => {
		const shape = i % 2 === 0 ? [sizes[i / 2], sizes[i / 2 + 1]] : [sizes[(i + 1) / 2]];
		return Tensor.from(Array.from(w), shape, { requiresGrad: true });
	});
	return { sizes, activation: 'tanh', params };
}
export const weightsOf = (mlp: Mlp): Float64Array[] =>
	mlp.params.map((p) => Float64Array.from(p.data));

/** The network's logits for the rows of x (evaluated in plain loops, nothing recorded). */
export function logitsOf(mlp: Mlp, x: Tensor): Float64Array {
	return mlpLogits(
		mlp.sizes,
		mlp.params.map((p) => p.data),
		x.data
	);
}

export function subset(data: Points, rows: readonly number[]): Points {
	return points({
		xs: rows.flatMap((r) => [data.xs[2 * r], data.xs[2 * r + 1]]),
		labels: rows.map((r) => data.labels[r])
	});
}

/** One full-batch Adam step of the teacher on the cross-entropy of the labels; returns the loss before it. */
export function teacherStep(mlp: Mlp, optimizer: Adam, data: Points): number {
	optimizer.zeroGrad();
	const loss = crossEntropy(mlpForward(mlp, data.x), data.labels);
	loss.backward({ retainGrads: false });
	optimizer.step();
	return loss.item();
}

/** One full-batch Adam step of a network on the distillation loss; returns the loss before it. */
export function distillStep(
	mlp: Mlp,
	optimizer: Adam,
	data: Points,
	teacherLogits: ArrayLike<number>,
	temperature: number,
	alpha: number
): number {
	optimizer.zeroGrad();
	const loss = distillationLoss(mlpForward(mlp, data.x), teacherLogits, data.labels, {
		temperature,
		alpha
	});
	loss.backward({ retainGrads: false });
	optimizer.step();
	return loss.item();
}

/** The index of the largest of a row's logits (the first on a tie). */
function argmaxRow(logits: ArrayLike<number>, r: number, classes: number): number {
	let best = 0;
	for (let j = 1; j < classes; j++) {
		if (logits[r * classes + j] > logits[r * classes + best]) best = j;
	}
	return best;
}

/** The share of rows whose largest logit is their label's. */
export function accuracyOf(logits: ArrayLike<number>, labels: readonly number[], classes: number) {
	let right = 0;
	labels.forEach((label, r) => {
		if (argmaxRow(logits, r, classes) === label) right++;
	});
	return right / labels.length;
}

/** The mean KL(teacher ‖ network) over the rows at T = 1, in bits; teacherProbs holds rows of probabilities. */
export function meanKl(teacherProbs: Float64Array, logits: ArrayLike<number>, classes: number) {
	const q = softmaxRows(Float64Array.from(logits), classes);
	let total = 0;
	for (let r = 0; r < q.length; r += classes) {
		total += klDivergence(teacherProbs.subarray(r, r + classes), q.subarray(r, r + classes));
	}
	return total / (q.length / classes);
}

/** The centres of the GRID × GRID cells of the plane, row by row from the top. */
export const gridPoints: Tensor = Tensor.from(
	Array.from({ length: GRID * GRID }, (_, i) => {
		const [col, row] = [i % GRID, Math.floor(i / GRID)];
		return [-LIMIT + ((col + 0.5) * 2 * LIMIT) / GRID, LIMIT - ((row + 0.5) * 2 * LIMIT) / GRID];
	}).flat(),
	[GRID * GRID, 2]
);

/** Decision regions: each grid cell's winning class and its probability. */
export type Regions = { winner: Uint8Array; confidence: Float32Array };
export function regionsOf(mlp: Mlp, classes: number): Regions {
	const logits = logitsOf(mlp, gridPoints);
	const winner = new Uint8Array(GRID * GRID);
	const confidence = new Float32Array(GRID * GRID);
	const p = softmaxRows(logits, classes);
	for (let c = 0; c < GRID * GRID; c++) {
		winner[c] = argmaxRow(p, c, classes);
		confidence[c] = p[c * classes + winner[c]];
	}
	return { winner, confidence };
}

/**
 * The accuracy of the best possible classifier on these points: with equal priors and the same
 * isotropic noise in every class, it picks the nearest centre.
 */
export function nearestCentreAccuracy(data: Points, classes: number): number {
	const centres = Array.from({ length: classes }, (_, k) => blobCentre(k, classes));
	let right = 0;
	data.labels.forEach((label, i) => {
		const [x, y] = [data.xs[2 * i], data.xs[2 * i + 1]];
		let best = 0;
		let bestD = Infinity;
		centres.forEach(([cx, cy], k) => {
			const d = (x - cx) ** 2 + (y - cy) ** 2;
			if (d < bestD) [best, bestD] = [k, d];
		});
		if (best === label) right++;
	});
	return right / data.labels.length;
}
