/** Where the chain-rule graph draws its boxes and edges, in SVG units, from the layered layout. */
import { layoutDag } from '$lib/math/dag-layout';

export const BOX_W = 108;
export const BOX_H = 60;
const STEP_X = BOX_W + 22;
const STEP_Y = BOX_H + 56;
const PAD = 6;
/** Horizontal distance between the ends of two edges entering one box. */
const ENTRY_GAP = 30;

export type Box = { id: number; x: number; y: number; cx: number };
export type Edge = {
	from: number;
	to: number;
	arg: number;
	path: string;
	/** The middle of the curve, where its local derivative is written. */
	mid: [number, number];
};

export type GraphGeometry = { boxes: Box[]; edges: Edge[]; width: number; height: number };

export function graphGeometry(inputs: readonly (readonly number[])[]): GraphGeometry {
	const layout = layoutDag(inputs);
	const boxes = inputs.map((_, id) => {
		const x = PAD + layout.x[id] * STEP_X;
		return { id, x, y: PAD + layout.layer[id] * STEP_Y, cx: x + BOX_W / 2 };
	});
	const edges = inputs.flatMap((ins, to) =>
		ins.map((from, arg) => {
			const sx = boxes[from].cx;
			const sy = boxes[from].y + BOX_H;
			const tx = boxes[to].cx + (arg - (ins.length - 1) / 2) * ENTRY_GAP;
			const ty = boxes[to].y;
			const my = (sy + ty) / 2;
			return {
				from,
				to,
				arg,
				path: `M${sx},${sy} C${sx},${my} ${tx},${my} ${tx},${ty}`,
				mid: [(sx + tx) / 2, my] as [number, number]
			};
		})
	);
	return {
		boxes,
		edges,
		width: 2 * PAD + layout.width * STEP_X + BOX_W,
		height: 2 * PAD + Math.max(0, layout.layers - 1) * STEP_Y + BOX_H
	};
}

/** Whether two graphs have the same shape: each node's inputs equal (and so the same layout). */
export function sameInputs(
	a: readonly (readonly number[])[],
	b: readonly (readonly number[])[]
): boolean {
	return (
		a.length === b.length &&
		a.every((ins, id) => ins.length === b[id].length && ins.every((from, k) => from === b[id][k]))
	);
}
