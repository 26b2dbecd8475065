import { describe, expect, it } from 'vitest';
import { chooseMaskedPositions } from '$lib/math/mlm-masking';
import { cleanPositions, maskedTargets, nextTokenTargets } from './objectives';

const sentence = 'language models predict the next token in a sequence of text'.split(' ');

describe('nextTokenTargets(tokens) and maskedTargets(tokens, chosen)', () => {
	it('GPT predicts every next token; BERT only the chosen ones', () => {
		expect(nextTokenTargets(['a', 'b', 'c'])).toEqual(['b', 'c', null]);
		expect(nextTokenTargets([])).toEqual([]);
		expect(maskedTargets(['a', 'b', 'c'], [1])).toEqual([null, 'b', null]);
	});
	it('GPT gets n − 1 targets from a sentence, BERT maskedCount(n)', () => {
		const gpt = nextTokenTargets(sentence).filter((x) => x !== null);
		const bert = maskedTargets(sentence, chooseMaskedPositions(sentence.length, 1)).filter(
			(x) => x !== null
		);
		expect(gpt).toHaveLength(10);
		expect(bert).toHaveLength(2);
	});
});

describe('cleanPositions(positions, n)', () => {
	it('keeps whole in-range positions once, ascending', () => {
		expect(cleanPositions([5, 1, 1, 9, -1, 2.5, 3], 6)).toEqual([1, 3, 5]);
	});
});
