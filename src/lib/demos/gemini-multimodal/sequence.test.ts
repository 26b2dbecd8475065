import { describe, expect, it } from 'vitest';
import { sequenceCounts, wordVector } from './sequence';
import { patchCount } from '$lib/math/patches';

describe('the image-and-text sequence', () => {
	it('ViT’s 224 px at 16 px and a 9-word prompt: 196 + 9 = 205 tokens', () => {
		expect(sequenceCounts(patchCount(224, 16), 9)).toEqual({ image: 196, text: 9, total: 205 });
	});

	it('a word’s vector depends on the word (any case) and the seed only', () => {
		expect(wordVector('Red', 16, 3)).toEqual(wordVector('red', 16, 3));
		expect(wordVector('red', 16, 3)).not.toEqual(wordVector('red', 16, 4));
		expect(wordVector('red', 16, 3)).not.toEqual(wordVector('blue', 16, 3));
		expect(wordVector('red', 16, 3)).toHaveLength(16);
	});
});
