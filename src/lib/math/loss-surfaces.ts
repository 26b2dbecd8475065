/**
 * Two-dimensional loss surfaces with analytic gradients, for watching optimisers move:
 * an elongated quadratic, Rosenbrock's valley, a saddle, and a tiny logistic regression's
 * loss over its two weights on seeded data.
 */
import { symmetricEigen } from './linalg';
import { createRng, randomNormal } from './rng';

export type Vec2 = [number, number];

export type SurfaceName = 'quadratic' | 'rosenbrock' | 'saddle' | 'logistic';
export const SURFACE_NAMES: readonly SurfaceName[] = [
	'quadratic',
	'rosenbrock',
	'saddle',
	'logistic'
];

export interface Surface {
	name: SurfaceName;
	value(p: Vec2): number;
	gradient(p: Vec2): Vec2;
	/** The square drawn: [lo, hi] on both axes. */
	x: Vec2;
	y: Vec2;
	/** The lowest point (or the lowest found on the drawn square), for contour levels. */
	minimum: Vec2;
}

/**
 * f(p) = ½ pᵀAp with A = R(θ)·diag(λ₁, λ₂)·R(θ)ᵀ: an elongated bowl whose axes are turned by θ.
 * Gradient descent on it diverges exactly when lr > 2/λ_max.
 */
export function quadraticSurface(l1: number, l2: number, angle: number) {
	const c = Math.cos(angle);
	const s = Math.sin(angle);
	const hessian = [
		[l1 * c * c + l2 * s * s, (l1 - l2) * c * s],
		[(l1 - l2) * c * s, l1 * s * s + l2 * c * c]
	];
	const [[a, b], [, d]] = hessian;
	const surface: Surface = {
		name: 'quadratic',
		value: ([x, y]) => 0.5 * (a * x * x + 2 * b * x * y + d * y * y),
		gradient: ([x, y]) => [a * x + b * y, b * x + d * y],
		x: [-3, 3],
		y: [-3, 3],
		minimum: [0, 0]
	};
	return { surface, hessian, eigen: symmetricEigen(hessian) };
}

/** The quadratic the page shows: eigenvalues 0.5 and 5 (condition number 10), axes turned 30°. */
export const QUADRATIC = quadraticSurface(0.5, 5, Math.PI / 6);

/** Rosenbrock (1960): (1 − x)² + 100(y − x²)², a curved valley with its minimum at (1, 1). */
export const rosenbrock: Surface = {
	name: 'rosenbrock',
	value: ([x, y]) => (1 - x) ** 2 + 100 * (y - x * x) ** 2,
	gradient: ([x, y]) => [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)],
	x: [-2, 2],
	y: [-1, 3],
	minimum: [1, 1]
};

/**
 * x² + y⁴/4 − y²/2: a saddle at the origin (curving up along x, down along y) between two
 * minima at (0, ±1). A start on the line y = 0 never leaves it without noise.
 */
export const saddle: Surface = {
	name: 'saddle',
	value: ([x, y]) => x * x + y ** 4 / 4 - (y * y) / 2,
	gradient: ([x, y]) => [2 * x, y ** 3 - y],
	x: [-2, 2],
	y: [-2, 2],
	minimum: [0, 1]
};

export type LogisticData = { xs: Vec2[]; labels: number[] };

/** Points per class of the logistic regression's data. */
export const LOGISTIC_POINTS = 30;

/**
 * Two overlapping Gaussian clouds (centres ±(1, 0.5), unit spread) with labels ±1, drawn from the
 * seed; they overlap, so the loss has a finite minimum.
 */
export function logisticData(seed: number): LogisticData {
	const rng = createRng(seed);
	const xs: Vec2[] = [];
	const labels: number[] = [];
	for (let i = 0; i < 2 * LOGISTIC_POINTS; i++) {
		const label = i % 2 === 0 ? 1 : -1;
		xs.push([label * 1 + randomNormal(rng), label * 0.5 + randomNormal(rng)]);
		labels.push(label);
	}
	return { xs, labels };
}

/** log(1 + eᶻ) without overflow. */
const softplus = (z: number) => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));

/**
 * Mean logistic loss (1/n)Σ log(1 + exp(−yᵢ w·xᵢ)) over the two weights w (no bias); its gradient
 * is −(1/n)Σ yᵢ xᵢ σ(−yᵢ w·xᵢ).
 */
export function logisticSurface(data: LogisticData): Surface {
	const { xs, labels } = data;
	const n = xs.length;
	const surface: Surface = {
		name: 'logistic',
		value: ([w1, w2]) => {
			let sum = 0;
			for (let i = 0; i < n; i++) sum += softplus(-labels[i] * (w1 * xs[i][0] + w2 * xs[i][1]));
			return sum / n;
		},
		gradient: ([w1, w2]) => {
			let g1 = 0;
			let g2 = 0;
			for (let i = 0; i < n; i++) {
				const margin = labels[i] * (w1 * xs[i][0] + w2 * xs[i][1]);
				const weight = -labels[i] / (1 + Math.exp(margin));
				g1 += weight * xs[i][0];
				g2 += weight * xs[i][1];
			}
			return [g1 / n, g2 / n];
		},
		x: [-4, 6],
		y: [-4, 6],
		minimum: [0, 0]
	};
	surface.minimum = descend(surface, [0, 0]);
	return surface;
}

/** The logistic loss's minimum by plain gradient descent (it is convex and smooth; 0.5 ≤ 2/λ_max). */
function descend(surface: Surface, start: Vec2): Vec2 {
	let p = start;
	for (let k = 0; k < 2000; k++) {
		const g = surface.gradient(p);
		p = [p[0] - 2 * g[0], p[1] - 2 * g[1]];
	}
	return p;
}

export function surfaceOf(name: SurfaceName, seed: number): Surface {
	switch (name) {
		case 'quadratic':
			return QUADRATIC.surface;
		case 'rosenbrock':
			return rosenbrock;
		case 'saddle':
			return saddle;
		case 'logistic':
			return logisticSurface(logisticData(seed));
	}
}
