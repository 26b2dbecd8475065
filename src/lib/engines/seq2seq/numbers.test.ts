import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CHINESE_CHARACTERS, ENGLISH_WORDS, MAX_NUMBER, readNumber, spellNumber } from './numbers';

describe('spellNumber', () => {
	it('spells hand-checked English numbers', () => {
		const cases: [number, string][] = [
			[0, 'zero'],
			[13, 'thirteen'],
			[40, 'forty'],
			[312, 'three hundred twelve'],
			[1005, 'one thousand five'],
			[20_000, 'twenty thousand'],
			[99_999, 'ninety nine thousand nine hundred ninety nine']
		];
		for (const [n, words] of cases) expect(spellNumber(n, 'en').join(' ')).toBe(words);
	});

	it('spells hand-checked Chinese numbers, one zero for a run of zeros', () => {
		const cases: [number, string][] = [
			[0, '零'],
			[10, '十'],
			[15, '十五'],
			[110, '一百一十'],
			[312, '三百一十二'],
			[1005, '一千零五'],
			[10_010, '一万零一十'],
			[20_000, '二万'],
			[99_999, '九万九千九百九十九']
		];
		for (const [n, chars] of cases) expect(spellNumber(n, 'zh').join('')).toBe(chars);
	});

	it('uses only the task vocabulary, at most 9 tokens, and spells different numbers differently', () => {
		const seen = { en: new Set<string>(), zh: new Set<string>() };
		const vocab = { en: new Set(ENGLISH_WORDS), zh: new Set(CHINESE_CHARACTERS) };
		const problems: string[] = [];
		for (let n = 0; n <= MAX_NUMBER; n += 3) {
			for (const lang of ['en', 'zh'] as const) {
				const tokens = spellNumber(n, lang);
				const key = tokens.join(' ');
				if (tokens.length > 9 || tokens.some((x) => !vocab[lang].has(x)) || seen[lang].has(key))
					problems.push(`${n} ${lang}: ${key}`);
				seen[lang].add(key);
			}
		}
		expect(problems).toEqual([]);
	});

	it('rejects what is not an integer in range', () => {
		fc.assert(
			fc.property(fc.oneof(fc.integer({ max: -1 }), fc.integer({ min: MAX_NUMBER + 1 })), (n) => {
				expect(() => spellNumber(n, 'en')).toThrow();
			})
		);
		expect(() => spellNumber(1.5, 'zh')).toThrow();
	});
});

describe('readNumber', () => {
	it('reads back what spellNumber writes, in both languages', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: MAX_NUMBER }),
				fc.constantFrom('en', 'zh'),
				(n, lang) => readNumber(spellNumber(n, lang as 'en' | 'zh')) === n
			)
		);
	});

	it('gives null for what is not a canonical spelling', () => {
		for (const text of ['', 'hundred', 'three three', 'one hundred and one', 'twelve hundred'])
			expect(readNumber(text.split(' ').filter(Boolean))).toBeNull();
		for (const text of ['一十五', '三三', '百', '一千零零六', '二十万'])
			expect(readNumber([...text])).toBeNull();
	});
});
