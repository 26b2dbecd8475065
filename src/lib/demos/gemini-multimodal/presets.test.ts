import { describe, expect, it } from 'vitest';
import { colourOfWord, colourSimilarities } from '$lib/math/colour-words';
import { patchMeans } from '$lib/math/patches';
import { presetImage, presets } from './presets';

describe('presetImage', () => {
	it('draws side × side opaque pixels for every preset', () => {
		for (const preset of presets) {
			const image = presetImage(preset, 32);
			expect(image.data).toHaveLength(32 * 32 * 4);
			for (let i = 3; i < image.data.length; i += 4) expect(image.data[i]).toBe(255);
		}
	});

	it('the apple is red in the middle, the sky blue at the top, the grass green at the bottom', () => {
		// 4 × 4 patches of 56 px: the middle ones are apple, the top row sky, the bottom row grass.
		const means = patchMeans(presetImage('apple', 224), 56);
		const red = colourSimilarities(means, colourOfWord('red')!);
		const blue = colourSimilarities(means, colourOfWord('blue')!);
		const green = colourSimilarities(means, colourOfWord('green')!);
		expect(red[9]).toBeGreaterThan(0.5);
		expect(blue[0]).toBeGreaterThan(red[0]);
		expect(green[13]).toBeGreaterThan(0.5);
	});
});
