import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PerPlace } from './per-place';

describe('PerPlace', () => {
	it('makes a value again only when the inputs of its place change', () => {
		const texts = new PerPlace<string>();
		let made = 0;
		const text = (place: number, inputs: unknown[]) =>
			texts.get(place, inputs, () => `${++made}:${inputs.join(',')}`);
		expect(text(0, ['en', 0.5])).toBe('1:en,0.5');
		expect(text(1, ['en', 0.5])).toBe('2:en,0.5');
		expect(text(0, ['en', 0.5])).toBe('1:en,0.5');
		expect(text(0, ['zh', 0.5])).toBe('3:zh,0.5');
		expect(text(0, ['zh', NaN])).toBe('4:zh,NaN');
		expect(text(0, ['zh', NaN])).toBe('4:zh,NaN');
		expect(text(0, ['zh'])).toBe('5:zh');
		expect(made).toBe(5);
	});

	it('always returns what make would return for those inputs', () => {
		const calls = fc.array(
			fc.tuple(
				fc.integer({ min: 0, max: 3 }),
				fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 3 })
			)
		);
		fc.assert(
			fc.property(calls, (list) => {
				const values = new PerPlace<string>();
				for (const [place, inputs] of list)
					expect(values.get(place, inputs, () => inputs.join(','))).toBe(inputs.join(','));
			})
		);
	});
});
