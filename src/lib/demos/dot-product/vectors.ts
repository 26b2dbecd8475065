/** The 2-D picture of a dot product: two vectors, their angle, and k's shadow on q. */
import { cosine, dot, norm } from '$lib/math/linalg';

export type Vec2 = [number, number];

/** The plane shows −LIMIT…LIMIT on both axes. */
export const PLANE_LIMIT = 3;
/** Dragged and keyed coordinates move in steps of this size. */
export const PLANE_STEP = 0.05;

/** A coordinate rounded to the plane's step and kept inside it. */
export function snapToPlane(x: number): number {
	const snapped = Math.round(x / PLANE_STEP) * PLANE_STEP;
	return Number(Math.min(PLANE_LIMIT, Math.max(-PLANE_LIMIT, snapped)).toFixed(2));
}

export type DotReadout = {
	dot: number;
	normQ: number;
	normK: number;
	/** null when either vector is zero (no direction, no angle). */
	cosine: number | null;
	/** Degrees in [0, 180]. */
	angle: number | null;
	/** The component of k along q: (q·k / |q|²) q; the origin when q is zero. */
	projection: Vec2;
};

export function dotReadout(q: Vec2, k: Vec2): DotReadout {
	const normQ = norm(q);
	const normK = norm(k);
	const d = dot(q, k);
	const hasAngle = normQ > 0 && normK > 0;
	const cos = hasAngle ? Math.min(1, Math.max(-1, cosine(q, k))) : null;
	const along = normQ > 0 ? d / (normQ * normQ) : 0;
	return {
		dot: d,
		normQ,
		normK,
		cosine: cos,
		angle: cos === null ? null : (Math.acos(cos) * 180) / Math.PI,
		projection: [along * q[0], along * q[1]]
	};
}
