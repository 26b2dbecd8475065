import { interpolateCividis, interpolateViridis, rgb } from 'd3';
import { describe, expect, it } from 'vitest';
import { colourAt, colourSteps } from './colour-scales';

describe('colourSteps(scheme)', () => {
	it('matches d3’s viridis and cividis at every step', () => {
		for (const [scheme, d3] of [
			['viridis', interpolateViridis],
			['cividis', interpolateCividis]
		] as const) {
			const steps = colourSteps(scheme);
			expect(steps).toHaveLength(256);
			steps.forEach((c, i) => {
				const expected = rgb(d3(i / 255));
				expect([c.r, c.g, c.b], `${scheme} ${i}`).toEqual([expected.r, expected.g, expected.b]);
				expect(c.css).toBe(expected.formatHex());
			});
		}
	});

	it('marks the light end for dark text', () => {
		expect(colourSteps('viridis')[0].light).toBe(false);
		expect(colourSteps('viridis')[255].light).toBe(true);
	});
});

describe('colourAt(scheme, t)', () => {
	it('matches d3 between the steps too', () => {
		for (let t = 0; t <= 1; t += 0.01) {
			expect(colourAt('viridis', t)).toBe(rgb(interpolateViridis(t)).formatHex());
			expect(colourAt('cividis', t)).toBe(rgb(interpolateCividis(t)).formatHex());
		}
	});

	it('clamps t to [0, 1]', () => {
		expect(colourAt('viridis', -1)).toBe('#440154');
		expect(colourAt('viridis', 2)).toBe('#fde725');
	});
});
