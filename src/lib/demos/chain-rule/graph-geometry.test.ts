import { describe, expect, it } from 'vitest';
import { BOX_H, BOX_W, graphGeometry, sameInputs } from './graph-geometry';

describe('graphGeometry(inputs)', () => {
	it('places x * x: two edges from x into the product, entering side by side', () => {
		const g = graphGeometry([[], [0, 0]]);
		expect(g.boxes[0].cx).toBe(g.boxes[1].cx);
		expect(g.boxes[1].y).toBeGreaterThan(g.boxes[0].y + BOX_H);
		const [a, b] = g.edges;
		expect(a.path.startsWith(`M${g.boxes[0].cx},${g.boxes[0].y + BOX_H}`)).toBe(true);
		expect(a.path.endsWith(`${g.boxes[1].cx - 15},${g.boxes[1].y}`)).toBe(true);
		expect(b.path.endsWith(`${g.boxes[1].cx + 15},${g.boxes[1].y}`)).toBe(true);
		expect(g.width).toBe(BOX_W + 12);
	});
	it('holds every box inside its width and height', () => {
		const g = graphGeometry([[], [], [0, 1], [], [2, 3], [4], [], [5, 6]]);
		for (const b of g.boxes) {
			expect(b.x).toBeGreaterThanOrEqual(0);
			expect(b.x + BOX_W).toBeLessThanOrEqual(g.width);
			expect(b.y + BOX_H).toBeLessThanOrEqual(g.height);
		}
	});
});

describe('sameInputs(a, b)', () => {
	it('tells graphs of one shape from graphs of another', () => {
		expect(sameInputs([[], [], [0, 1]], [[], [], [0, 1]])).toBe(true);
		expect(sameInputs([[], [], [0, 1]], [[], [], [1, 0]])).toBe(false);
		expect(sameInputs([[], [0, 0]], [[], [0]])).toBe(false);
		expect(sameInputs([[], [0]], [[], [0], [1]])).toBe(false);
	});
});
