/**
 * Where to write the labels of a scatter plot so that they do not cover one another: each label
 * sits beside its dot (to the right, or to the left near the right edge) and moves up or down by
 * whole line heights until it clears the labels already placed. Greedy, in order of height.
 */
export interface LabelBox {
	/** The dot, in px. */
	x: number;
	y: number;
	/** The label's estimated width in px. */
	width: number;
}

export interface PlacedLabel {
	/** Where the text starts (anchor start) or ends (anchor end), and its middle line. */
	x: number;
	y: number;
	anchor: 'start' | 'end';
}

const GAP = 6;
const MAX_SHIFTS = 6;

/** A rough width for 12 px text: CJK characters are about square, others about 0.6 em. */
export function textWidth(text: string, size = 12): number {
	let w = 0;
	for (const ch of text) w += /[\u3000-\u9fff\uff00-\uffef]/u.test(ch) ? size : 0.6 * size;
	return w;
}

export function layoutLabels(
	boxes: readonly LabelBox[],
	right: number,
	lineHeight = 14
): PlacedLabel[] {
	const placed: { left: number; right: number; y: number }[] = [];
	const out: PlacedLabel[] = new Array(boxes.length);
	const order = boxes.map((_, i) => i).sort((a, b) => boxes[a].y - boxes[b].y || a - b);
	for (const i of order) {
		const b = boxes[i];
		const anchor = b.x + GAP + b.width > right ? 'end' : 'start';
		const left = anchor === 'start' ? b.x + GAP : b.x - GAP - b.width;
		const clear = (y: number) =>
			placed.every(
				(p) => Math.abs(p.y - y) >= lineHeight || p.right <= left || p.left >= left + b.width
			);
		let y = b.y;
		for (let s = 1; s <= MAX_SHIFTS && !clear(y); s++) {
			const down = b.y + Math.ceil(s / 2) * lineHeight * (s % 2 ? 1 : -1);
			y = down;
		}
		if (!clear(y)) y = b.y;
		placed.push({ left, right: left + b.width, y });
		out[i] = { x: anchor === 'start' ? b.x + GAP : b.x - GAP, y, anchor };
	}
	return out;
}
