import { describe, expect, it } from 'vitest';
import { MAX_SOURCE, readSource, SOURCE_TOKENS, sourceId } from './vocab';

describe('readSource', () => {
	it('splits English into words and Chinese into characters', () => {
		expect(readSource('Three hundred twelve').tokens).toEqual(['three', 'hundred', 'twelve']);
		expect(readSource('ninety-nine').tokens).toEqual(['ninety', 'nine']);
		expect(readSource('三百一十二').tokens).toEqual(['三', '百', '一', '十', '二']);
		expect(readSource('三百 twelve').ids).toEqual(['三', '百', 'twelve'].map((x) => sourceId(x)));
	});

	it('reports unknown tokens once and reads the rest', () => {
		const read = readSource('one hundred and one and 两');
		expect(read.tokens).toEqual(['one', 'hundred', 'one']);
		expect(read.unknown).toEqual(['and', '两']);
	});

	it('reads an empty text as no tokens, and a very long one up to MAX_SOURCE', () => {
		expect(readSource('   ')).toEqual({ tokens: [], ids: [], unknown: [], dropped: 0 });
		const long = readSource('nine '.repeat(2000));
		expect(long.tokens).toHaveLength(MAX_SOURCE);
		expect(long.dropped).toBe(2000 - MAX_SOURCE);
	});

	it('gives every vocabulary token its own id', () => {
		expect(new Set(SOURCE_TOKENS.map((x) => sourceId(x))).size).toBe(SOURCE_TOKENS.length);
	});
});
