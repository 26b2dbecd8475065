import { describe, expect, it } from 'vitest';
import { rnnPicture } from './rnn';

describe('rnnPicture', () => {
	it('builds W with the spectral radius asked, and at σ = 0 the norms are exactly the bound ρ^{T−t}', () => {
		const p = rnnPicture(1.2, 30, 0, 1);
		expect(p.radius).toBeCloseTo(1.2, 10);
		expect(p.norms).toHaveLength(31);
		p.norms.forEach((g, t) => expect(g / p.bound[t]).toBeCloseTo(1, 3));
		expect(p.saturated).toBe(0);
	});

	it('keeps W when σ moves: larger inputs saturate the states and pull the norms under the bound', () => {
		const calm = rnnPicture(1.2, 30, 0, 1);
		const loud = rnnPicture(1.2, 30, 1, 1);
		expect(loud.radius).toBe(calm.radius);
		expect(loud.saturated).toBeGreaterThan(0.1);
		expect(loud.norms[0]).toBeLessThan(1e-3 * calm.norms[0]);
	});

	it('gives the same picture for the same settings whatever was drawn in between (seed and length are reused)', () => {
		const first = rnnPicture(0.95, 40, 0.3, 7);
		rnnPicture(0.95, 40, 0.3, 8);
		rnnPicture(0.95, 60, 0.3, 7);
		const again = rnnPicture(0.95, 40, 0.3, 7);
		expect(again).toEqual(first);
		expect(rnnPicture(0.95, 40, 0.3, 8).norms).not.toEqual(first.norms);
	});
});
