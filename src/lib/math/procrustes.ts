/**
 * Orthogonal Procrustes in the plane: the rotation or reflection R that brings a 2-D point set
 * closest to a target set, min Σ‖R pᵢ − qᵢ‖² (Schönemann, 1966, for any dimension; in 2-D it has
 * a closed form). Both sets are taken as given: centre them first when only their shapes matter.
 * For a rotation by θ, Σ qᵢ·R pᵢ = A cos θ + B sin θ with A = Σ (pₓqₓ + p_y q_y) and
 * B = Σ (pₓq_y − p_y qₓ), largest at θ = atan2(B, A); a reflection is a rotation of the points
 * mirrored in the x-axis. The better of the two wins.
 */

export type Point2 = readonly [number, number];

export interface Alignment {
	/** R as [[r₀₀, r₀₁], [r₁₀, r₁₁]]: R p = (r₀₀pₓ + r₀₁p_y, r₁₀pₓ + r₁₁p_y). */
	matrix: [[number, number], [number, number]];
	/** Whether R mirrors (det R = −1). */
	reflected: boolean;
}

function bestRotation(points: readonly Point2[], target: readonly Point2[], mirror: number) {
	let a = 0;
	let b = 0;
	points.forEach(([px, py], i) => {
		const [qx, qy] = target[i];
		a += px * qx + mirror * py * qy;
		b += px * qy - mirror * py * qx;
	});
	const theta = Math.atan2(b, a);
	return { theta, fit: Math.hypot(a, b) };
}

/** The orthogonal R minimising Σ‖R pᵢ − qᵢ‖²; identity when the sets are empty or all zero. */
export function procrustes2d(points: readonly Point2[], target: readonly Point2[]): Alignment {
	if (points.length !== target.length) {
		throw new Error(`procrustes2d: ${points.length} points against ${target.length} targets`);
	}
	const turn = bestRotation(points, target, 1);
	const flip = bestRotation(points, target, -1);
	const reflected = flip.fit > turn.fit + 1e-12 * Math.max(1, turn.fit);
	const { theta } = reflected ? flip : turn;
	const c = Math.cos(theta);
	const s = Math.sin(theta);
	// Rotation by θ after the mirror diag(1, −1) when reflected.
	const m = reflected ? -1 : 1;
	return {
		matrix: [
			[c, -s * m],
			[s, c * m]
		],
		reflected
	};
}

/** R p for each point. */
export function applyAlignment(
	alignment: Alignment,
	points: readonly Point2[]
): [number, number][] {
	const [[a, b], [c, d]] = alignment.matrix;
	return points.map(([x, y]) => [a * x + b * y, c * x + d * y]);
}
