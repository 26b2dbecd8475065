import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	countWords,
	END_OF_WORD,
	segmentWord,
	segmentWordSteps,
	splitWords,
	trainWordBPE,
	trainWordBPEFromCounts,
	wordSymbols,
	type EndOfWordStyle,
	type WordMerge
} from './bpe-words';
import { trainWordBPENaive } from './bpe-naive';

/** Sennrich et al. (2016), Algorithm 1: the dictionary {low: 5, lower: 2, newest: 6, widest: 3}. */
const paperCounts = [
	{ word: 'low', count: 5 },
	{ word: 'lower', count: 2 },
	{ word: 'newest', count: 6 },
	{ word: 'widest', count: 3 }
];
const paperText = paperCounts.map(({ word, count }) => `${word} `.repeat(count)).join('\n');

const m = (a: string, b: string, count: number): WordMerge => ({
	pair: [a, b],
	merged: a + b,
	count
});

describe('splitWords(text) and countWords(text)', () => {
	it('splits on any white space and keeps punctuation attached', () => {
		expect(splitWords('  Hello, world!\tsee\u00a0you\n\nsoon. ')).toEqual([
			'Hello,',
			'world!',
			'see',
			'you',
			'soon.'
		]);
		expect(splitWords(' \n ')).toEqual([]);
	});

	it('counts distinct words in order of first appearance', () => {
		expect(countWords('b a b c a b')).toEqual([
			{ word: 'b', count: 3 },
			{ word: 'a', count: 2 },
			{ word: 'c', count: 1 }
		]);
	});
});

describe('wordSymbols(word, endOfWord)', () => {
	it('splits into code points with </w> on the last one (or after it)', () => {
		expect(wordSymbols('low')).toEqual(['l', 'o', 'w</w>']);
		expect(wordSymbols('low', 'separate')).toEqual(['l', 'o', 'w', '</w>']);
		expect(wordSymbols('a😀')).toEqual(['a', '😀</w>']);
		expect(wordSymbols('e\u0301')).toEqual(['e', '\u0301</w>']);
		expect(END_OF_WORD).toBe('</w>');
	});
});

describe('trainWordBPE(text, numMerges)', () => {
	it("learns the paper's example with the marker on the last character", () => {
		// l o w</w> ×5, l o w e r</w> ×2, n e w e s t</w> ×6, w i d e s t</w> ×3
		// (e,s) 9 and (s,t</w>) 9 tie; (e,s) occurs first (newest, position 3).
		// Then (es,t</w>) 9; (l,o) 7; at 6, (n,e), (e,w), (w,est</w>) tie and newest is
		// merged from the left; (lo,w</w>) 5; widest at 3; lower at 2.
		const { merges, vocab } = trainWordBPE(paperText, 100);
		expect(merges).toEqual([
			m('e', 's', 9),
			m('es', 't</w>', 9),
			m('l', 'o', 7),
			m('n', 'e', 6),
			m('ne', 'w', 6),
			m('new', 'est</w>', 6),
			m('lo', 'w</w>', 5),
			m('w', 'i', 3),
			m('wi', 'd', 3),
			m('wid', 'est</w>', 3),
			m('lo', 'w', 2),
			m('low', 'e', 2),
			m('lowe', 'r</w>', 2)
		]);
		expect(vocab).toEqual([
			{ word: 'low', count: 5, symbols: ['low</w>'] },
			{ word: 'lower', count: 2, symbols: ['lower</w>'] },
			{ word: 'newest', count: 6, symbols: ['newest</w>'] },
			{ word: 'widest', count: 3, symbols: ['widest</w>'] }
		]);
	});

	it("learns the paper's example with a separate </w>, as in Algorithm 1", () => {
		// l o w </w> ×5, l o w e r </w> ×2, n e w e s t </w> ×6, w i d e s t </w> ×3
		// (e,s), (s,t), (t,</w>) all 9: (e,s) first; then (es,t) 9 before (t,</w>); then
		// (est,</w>) 9; (l,o) 7 before (o,w) 7; (lo,w) 7; the 6s of newest left to right;
		// (low,</w>) 5; widest's 3s; lower's 2s.
		const { merges, vocab } = trainWordBPE(paperText, 100, { endOfWord: 'separate' });
		expect(merges).toEqual([
			m('e', 's', 9),
			m('es', 't', 9),
			m('est', '</w>', 9),
			m('l', 'o', 7),
			m('lo', 'w', 7),
			m('n', 'e', 6),
			m('ne', 'w', 6),
			m('new', 'est</w>', 6),
			m('low', '</w>', 5),
			m('w', 'i', 3),
			m('wi', 'd', 3),
			m('wid', 'est</w>', 3),
			m('low', 'e', 2),
			m('lowe', 'r', 2),
			m('lower', '</w>', 2)
		]);
		expect(vocab.map((v) => v.symbols)).toEqual([
			['low</w>'],
			['lower</w>'],
			['newest</w>'],
			['widest</w>']
		]);
	});

	it('stops after numMerges and leaves the segmentation at that point', () => {
		const { merges, vocab } = trainWordBPE(paperText, 3);
		expect(merges).toEqual([m('e', 's', 9), m('es', 't</w>', 9), m('l', 'o', 7)]);
		expect(vocab).toEqual([
			{ word: 'low', count: 5, symbols: ['lo', 'w</w>'] },
			{ word: 'lower', count: 2, symbols: ['lo', 'w', 'e', 'r</w>'] },
			{ word: 'newest', count: 6, symbols: ['n', 'e', 'w', 'est</w>'] },
			{ word: 'widest', count: 3, symbols: ['w', 'i', 'd', 'est</w>'] }
		]);
	});

	it('breaks ties by first appearance of the word in the text', () => {
		// (x,y</w>) and (a,b</w>) both count 2; the word that appears first wins.
		expect(trainWordBPE('xy ab xy ab', 1).merges).toEqual([m('x', 'y</w>', 2)]);
		expect(trainWordBPE('ab xy xy ab', 1).merges).toEqual([m('a', 'b</w>', 2)]);
	});

	it('counts overlapping pairs but merges non-overlapping ones, weighted by frequency', () => {
		// a a a a</w>: (a,a) at positions 0 and 1 counts 2; (a,a</w>) at 2 counts 1.
		// Merging (a,a) left to right joins positions 0-1; position 2 holds (a, a</w>), not
		// (a, a), so the result is aa a a</w>, whose pairs all occur once: stop.
		expect(trainWordBPE('aaaa', 5)).toEqual({
			merges: [m('a', 'a', 2)],
			vocab: [{ word: 'aaaa', count: 1, symbols: ['aa', 'a', 'a</w>'] }]
		});
		// A pair that occurs once in a word seen twice counts 2 and is merged.
		expect(trainWordBPE('ab ab', 5).merges).toEqual([m('a', 'b</w>', 2)]);
	});

	it('stops early when no pair occurs twice, and handles empty input and numMerges 0', () => {
		expect(trainWordBPE('abc def', 10).merges).toEqual([]);
		expect(trainWordBPE('', 10)).toEqual({ merges: [], vocab: [] });
		expect(trainWordBPE('low low', 0)).toEqual({
			merges: [],
			vocab: [{ word: 'low', count: 2, symbols: ['l', 'o', 'w</w>'] }]
		});
	});

	it('reports each merge and the corpus length in symbols to onMerge', () => {
		const lengths: number[] = [];
		trainWordBPE(paperText, 2, { onMerge: (_m, length) => lengths.push(length) });
		// 5·3 + 2·5 + 6·6 + 3·6 = 79 symbols; each of the first two merges removes 9.
		expect(lengths).toEqual([70, 61]);
	});

	it('equals the naive (string-based) trainer on random texts', () => {
		const texts = fc
			.array(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', '😀'), minLength: 1 }), {
				maxLength: 40
			})
			.map((ws) => ws.join(' '));
		fc.assert(
			fc.property(
				texts,
				fc.integer({ min: 0, max: 60 }),
				fc.constantFrom<EndOfWordStyle>('attached', 'separate'),
				(text, k, endOfWord) => {
					const naive = trainWordBPENaive(
						countWords(text).map(({ word, count }) => ({
							symbols: wordSymbols(word, endOfWord),
							count
						})),
						k
					);
					expect(trainWordBPE(text, k, { endOfWord }).merges).toEqual(naive);
				}
			),
			{ numRuns: 300 }
		);
	});
});

describe('trainWordBPEFromCounts(words, numMerges)', () => {
	it('trains on counts as on the text they come from', () => {
		expect(trainWordBPEFromCounts(paperCounts, 100)).toEqual(trainWordBPE(paperText, 100));
	});

	it('adds up repeated words, drops zero counts and rejects bad counts', () => {
		const { vocab } = trainWordBPEFromCounts(
			[
				{ word: 'ab', count: 1 },
				{ word: 'zz', count: 0 },
				{ word: 'ab', count: 2 }
			],
			0
		);
		expect(vocab).toEqual([{ word: 'ab', count: 3, symbols: ['a', 'b</w>'] }]);
		expect(() => trainWordBPEFromCounts([{ word: 'ab', count: 1.5 }], 1)).toThrow(RangeError);
		expect(() => trainWordBPEFromCounts([{ word: 'ab', count: -1 }], 1)).toThrow(RangeError);
		expect(() => trainWordBPEFromCounts([{ word: '', count: 1 }], 1)).toThrow(RangeError);
	});
});

describe('segmentWord(word, merges)', () => {
	const { merges } = trainWordBPE(paperText, 100);

	it('segments unseen words with the learned merges', () => {
		// lowest: l o w e s t</w> → (e,s) → (es,t</w>) → (l,o) → … (lo,w) → low est</w>
		expect(segmentWord('lowest', merges)).toEqual(['low', 'est</w>']);
		expect(segmentWord('newer', merges)).toEqual(['new', 'e', 'r</w>']);
		expect(segmentWord('wider', merges)).toEqual(['wid', 'e', 'r</w>']);
		expect(segmentWord('low', merges)).toEqual(['low</w>']);
		expect(segmentWord('xyz', merges)).toEqual(['x', 'y', 'z</w>']);
	});

	it('applies merges by rank, not left to right', () => {
		// Rank 0 is (b,c</w>), rank 1 is (a,b): "abc" → a bc</w>, and (a,b) no longer occurs.
		const ranked = [m('b', 'c</w>', 2), m('a', 'b', 2)];
		expect(segmentWord('abc', ranked)).toEqual(['a', 'bc</w>']);
		expect(segmentWord('abd', ranked)).toEqual(['ab', 'd</w>']);
	});

	it('uses the same end-of-word style as training', () => {
		const separate = trainWordBPE(paperText, 100, { endOfWord: 'separate' }).merges;
		expect(segmentWord('lowest', separate, { endOfWord: 'separate' })).toEqual(['low', 'est</w>']);
		expect(segmentWord('newer', separate, { endOfWord: 'separate' })).toEqual([
			'new',
			'e',
			'r',
			'</w>'
		]);
	});

	it('reproduces the training segmentation of every training word', () => {
		fc.assert(
			fc.property(
				fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), minLength: 1 }), {
					maxLength: 30
				}),
				fc.integer({ min: 0, max: 40 }),
				(ws, k) => {
					const { merges: learned, vocab } = trainWordBPE(ws.join(' '), k);
					for (const { word, symbols } of vocab) {
						expect(segmentWord(word, learned)).toEqual(symbols);
						expect(symbols.join('')).toBe(word + END_OF_WORD);
					}
				}
			)
		);
	});
});

describe('segmentWordSteps(word, merges)', () => {
	const { merges } = trainWordBPE(paperText, 100);

	it('lists each merge applied, by rank, with the symbols it left', () => {
		const { initial, steps } = segmentWordSteps('lowest', merges);
		expect(initial).toEqual(['l', 'o', 'w', 'e', 's', 't</w>']);
		const ranks = steps.map((s) => s.rank);
		expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
		expect(steps.map((s) => s.merge.merged)).toEqual(['es', 'est</w>', 'lo', 'low']);
		expect(steps.map((s) => s.symbols.join(' '))).toEqual([
			'l o w es t</w>',
			'l o w est</w>',
			'lo w est</w>',
			'low est</w>'
		]);
		for (const { rank, merge } of steps) expect(merge).toBe(merges[rank]);
	});

	it('has no steps when no merge applies, and ends where segmentWord ends', () => {
		expect(segmentWordSteps('xyz', merges)).toEqual({ initial: ['x', 'y', 'z</w>'], steps: [] });
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom(...'lowernstid'), minLength: 1 }), (word) => {
				const { initial, steps } = segmentWordSteps(word, merges);
				expect(steps.at(-1)?.symbols ?? initial).toEqual(segmentWord(word, merges));
				// Every step shortens the word by at least one symbol and keeps its spelling.
				let before = initial;
				for (const { symbols } of steps) {
					expect(symbols.length).toBeLessThan(before.length);
					expect(symbols.join('')).toBe(initial.join(''));
					before = symbols;
				}
			})
		);
	});
});
