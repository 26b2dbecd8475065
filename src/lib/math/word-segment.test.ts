import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { platformSegments, segmentSentences, segmentText, wordSpans } from './word-segment';

/** Pieces that meet at token edges: letters, digits, the fast path's brackets, quotes and
 * stops, the punctuation UAX #29 lets join letters or digits, spaces of several kinds, marks,
 * joiners, CJK, emoji. */
const piece = fc.constantFrom(
	...['a', 'Z', 'cat', 'x9', '42', '3', 'é', 'ß', '(', '[', '"', '“', '‘', '.', ',', ';', ':'],
	...['!', '?', ')', ']', '”', '’', "'", '-', '_', '/', '·', '‐', ' ', '  ', '\n', '\t', '\r\n'],
	...['\u00a0', '\u3000', '\u0301', '\u200d', '\u00ad', '猫', '老鼠', '。', '🙂', '👍🏽', 'カタ']
);

describe('segmentText(text)', () => {
	it('keeps words, punctuation and emoji as tokens and drops spaces', () => {
		expect(segmentText('The cat 🙂 chased, the mouse!')).toEqual([
			{ text: 'The', word: true },
			{ text: 'cat', word: true },
			{ text: '🙂', word: false },
			{ text: 'chased', word: true },
			{ text: ',', word: false },
			{ text: 'the', word: true },
			{ text: 'mouse', word: true },
			{ text: '!', word: false }
		]);
	});
	it('splits Chinese into dictionary words', () => {
		expect(segmentText('猫追老鼠').map((s) => s.text)).toEqual(['猫', '追', '老鼠']);
	});
	it('keeps an emoji with a skin-tone modifier whole, and gives nothing for blank text', () => {
		expect(segmentText('👍🏽').map((s) => s.text)).toEqual(['👍🏽']);
		expect(segmentText('  \n\t ')).toEqual([]);
	});
	it('cuts exactly as the platform segmenter, fast path or not', () => {
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
				const text = pieces.join('');
				expect(segmentText(text)).toEqual(platformSegments(text));
			}),
			{ numRuns: 1500 }
		);
	});
});

describe('segmentSentences(text)', () => {
	it('splits at sentence ends, lowercases, and keeps words only', () => {
		expect(segmentSentences('The Cat sat. A dog, too!\n注意力机制。')).toEqual([
			['the', 'cat', 'sat'],
			['a', 'dog', 'too'],
			['注意力', '机制']
		]);
	});
	it('drops sentences with no words', () => {
		expect(segmentSentences('... ?! 🙂.')).toEqual([]);
	});
});

describe('wordSpans(text)', () => {
	it('gives each word with its offsets, skipping spaces, punctuation and emoji', () => {
		const text = 'Hi, 🙂 big cat. 猫追老鼠';
		const spans = wordSpans(text);
		expect(spans.map((s) => s.text)).toEqual(['Hi', 'big', 'cat', '猫', '追', '老鼠']);
		expect(spans[1]).toEqual({ text: 'big', start: 7, end: 10 });
		for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
	});
	it('agrees with segmentText on which segments are words', () => {
		const text = 'Attention, please: 注意力机制很重要！ x2 = 4.';
		expect(wordSpans(text).map((s) => s.text)).toEqual(
			segmentText(text)
				.filter((s) => s.word)
				.map((s) => s.text)
		);
	});
});
