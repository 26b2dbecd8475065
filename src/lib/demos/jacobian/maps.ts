/**
 * Four maps of the plane and their Jacobians in closed form, and the pieces the demo draws from
 * them: a small square around a point and its image under the map, and the area of that image.
 */
export const MAP_NAMES = ['linear', 'rotation', 'tanh', 'polar'] as const;
export type MapName = (typeof MAP_NAMES)[number];

export type Vec2 = readonly [number, number];
/** A 2×2 matrix by rows: [[a, b], [c, d]]. */
export type Mat2 = readonly [Vec2, Vec2];

/** The linear map's matrix, the tanh layer's weights and bias, the rotation's angle. */
export const LINEAR: Mat2 = [
	[1.5, 0.6],
	[0.3, 0.9]
];
export const ROTATION_DEGREES = 40;
export const TANH_W: Mat2 = [
	[1.2, -0.8],
	[0.6, 1]
];
export const TANH_B: Vec2 = [0.2, -0.1];

const rad = (ROTATION_DEGREES * Math.PI) / 180;
const ROTATION: Mat2 = [
	[Math.cos(rad), -Math.sin(rad)],
	[Math.sin(rad), Math.cos(rad)]
];

const apply = (m: Mat2, [x, y]: Vec2): Vec2 => [
	m[0][0] * x + m[0][1] * y,
	m[1][0] * x + m[1][1] * y
];

/** f(p). The polar map reads p as (r, θ) and returns (r cos θ, r sin θ). */
export function mapPoint(name: MapName, p: Vec2): Vec2 {
	switch (name) {
		case 'linear':
			return apply(LINEAR, p);
		case 'rotation':
			return apply(ROTATION, p);
		case 'tanh': {
			const [u, v] = apply(TANH_W, p);
			return [Math.tanh(u + TANH_B[0]), Math.tanh(v + TANH_B[1])];
		}
		case 'polar':
			return [p[0] * Math.cos(p[1]), p[0] * Math.sin(p[1])];
	}
}

/** J(p) = ∂fᵢ/∂pⱼ: row i is output i, column j the image of a nudge along input axis j. */
export function mapJacobian(name: MapName, p: Vec2): Mat2 {
	switch (name) {
		case 'linear':
			return LINEAR;
		case 'rotation':
			return ROTATION;
		case 'tanh': {
			// diag(1 − tanh²(Wp + b)) · W
			const [a, b] = mapPoint('tanh', p).map((y) => 1 - y * y);
			return [
				[a * TANH_W[0][0], a * TANH_W[0][1]],
				[b * TANH_W[1][0], b * TANH_W[1][1]]
			];
		}
		case 'polar': {
			const [r, t] = p;
			return [
				[Math.cos(t), -r * Math.sin(t)],
				[Math.sin(t), r * Math.cos(t)]
			];
		}
	}
}

export const determinant = (m: Mat2) => m[0][0] * m[1][1] - m[0][1] * m[1][0];

/** Column j of a matrix. */
export const column = (m: Mat2, j: 0 | 1): Vec2 => [m[0][j], m[1][j]];

/**
 * The lines of a grid over the square [p − h, p + h]², `cells` cells a side, each line sampled at
 * `samples` + 1 points: first the lines of constant x, then those of constant y.
 */
export function squareGrid(p: Vec2, h: number, cells = 4, samples = 16): Vec2[][] {
	const lines: Vec2[][] = [];
	const at = (i: number, n: number) => -h + (2 * h * i) / n;
	for (const axis of [0, 1]) {
		for (let i = 0; i <= cells; i++) {
			const fixed = at(i, cells);
			lines.push(
				Array.from({ length: samples + 1 }, (_, k): Vec2 => {
					const moving = at(k, samples);
					return axis === 0 ? [p[0] + fixed, p[1] + moving] : [p[0] + moving, p[1] + fixed];
				})
			);
		}
	}
	return lines;
}

/** The square's boundary, counter-clockwise, `samples` points a side. */
export function squareBoundary(p: Vec2, h: number, samples = 32): Vec2[] {
	const out: Vec2[] = [];
	const corners: Vec2[] = [
		[p[0] - h, p[1] - h],
		[p[0] + h, p[1] - h],
		[p[0] + h, p[1] + h],
		[p[0] - h, p[1] + h]
	];
	for (let c = 0; c < 4; c++) {
		const [a, b] = [corners[c], corners[(c + 1) % 4]];
		for (let k = 0; k < samples; k++) {
			const s = k / samples;
			out.push([a[0] + s * (b[0] - a[0]), a[1] + s * (b[1] - a[1])]);
		}
	}
	return out;
}

/** Signed area of a closed polygon (shoelace): positive counter-clockwise. */
export function signedArea(polygon: readonly Vec2[]): number {
	let twice = 0;
	for (let i = 0; i < polygon.length; i++) {
		const [x0, y0] = polygon[i];
		const [x1, y1] = polygon[(i + 1) % polygon.length];
		twice += x0 * y1 - x1 * y0;
	}
	return twice / 2;
}

/**
 * The image's signed area over the square's, (2h)²: it tends to det J(p) as h shrinks (negative
 * when the map flips orientation).
 */
export function areaRatio(name: MapName, p: Vec2, h: number): number {
	const image = squareBoundary(p, h).map((q) => mapPoint(name, q));
	return signedArea(image) / (4 * h * h);
}
