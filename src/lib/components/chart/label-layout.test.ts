import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutLabels, textWidth } from './label-layout';

describe('layoutLabels(boxes, right)', () => {
	it('leaves separate labels beside their dots, and moves one that would cover another', () => {
		const [a, b, c] = layoutLabels(
			[
				{ x: 10, y: 10, width: 40 },
				{ x: 200, y: 50, width: 40 },
				{ x: 12, y: 12, width: 40 }
			],
			400
		);
		expect(a).toEqual({ x: 16, y: 10, anchor: 'start' });
		expect(b).toEqual({ x: 206, y: 50, anchor: 'start' });
		expect(Math.abs(c.y - a.y)).toBeGreaterThanOrEqual(14);
	});

	it('writes a label to the left of a dot near the right edge', () => {
		expect(layoutLabels([{ x: 390, y: 5, width: 50 }], 400)[0]).toEqual({
			x: 384,
			y: 5,
			anchor: 'end'
		});
	});

	it('never lets two labels overlap when there is room to move', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 100, max: 300 })), {
					maxLength: 4
				}),
				(dots) => {
					const boxes = dots.map(([x, y]) => ({ x, y, width: 30 }));
					const out = layoutLabels(boxes, 1000);
					for (let i = 0; i < out.length; i++) {
						for (let j = i + 1; j < out.length; j++) {
							const overlapX = Math.abs(out[i].x - out[j].x) < 30;
							expect(overlapX && Math.abs(out[i].y - out[j].y) < 14).toBe(false);
						}
					}
				}
			)
		);
	});
});

describe('textWidth(text)', () => {
	it('counts a Chinese character as a full em and a Latin letter as 0.6 em', () => {
		expect(textWidth('梯度')).toBe(24);
		expect(textWidth('loss')).toBeCloseTo(28.8, 10);
	});
});
