import { describe, expect, it } from 'vitest';
import { sizeText } from './size-text';

const say = { withheld: 'withheld', noTotal: 'no total' };

describe('sizeText(size, say)', () => {
	it('a published size keeps the source’s wording', () => {
		expect(sizeText({ parameters: 175e9, published: '175B' }, say)).toBe('175B');
	});
	it('an unknown size says why, never a number', () => {
		expect(sizeText({ unknown: 'withheld' }, say)).toBe('withheld');
		expect(sizeText({ unknown: 'no-total' }, say)).toBe('no total');
	});
});
