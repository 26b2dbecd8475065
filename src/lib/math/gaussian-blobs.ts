/**
 * Overlapping multi-class data in the plane: K isotropic Gaussian blobs whose centres sit evenly
 * on the unit circle, so that each class borders two neighbours and lies far from the rest.
 */
import { createRng, randomNormal } from './rng';

/** The centre of class k of K: angle 2πk/K on the unit circle (class 0 on the positive x axis). */
export function blobCentre(k: number, classes: number): [number, number] {
	const angle = (2 * Math.PI * k) / classes;
	return [Math.cos(angle), Math.sin(angle)];
}

/**
 * n points, class i % K for point i, each its class centre plus N(0, spread²) noise per axis,
 * drawn from the seed; xs holds x₀, y₀, x₁, y₁, ….
 */
export function gaussianBlobs(
	seed: number,
	n: number,
	{ classes, spread }: { classes: number; spread: number }
): { xs: number[]; labels: number[] } {
	if (!Number.isInteger(classes) || classes < 2) {
		throw new Error(`gaussianBlobs: needs at least 2 classes, got ${classes}`);
	}
	if (!(spread >= 0) || !Number.isFinite(spread)) {
		throw new Error(`gaussianBlobs: spread must be a finite number ≥ 0, got ${spread}`);
	}
	const rng = createRng(seed);
	const xs: number[] = [];
	const labels: number[] = [];
	for (let i = 0; i < n; i++) {
		const label = i % classes;
		const [cx, cy] = blobCentre(label, classes);
		xs.push(cx + spread * randomNormal(rng), cy + spread * randomNormal(rng));
		labels.push(label);
	}
	return { xs, labels };
}
