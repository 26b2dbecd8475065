import { describe, expect, it } from 'vitest';
import { haystack, matches } from './search';

const q = {
	number: 6,
	title: { en: 'What role does temperature play?', zh: '温度在控制 LLM 输出中起什么作用？' },
	text: { en: 'Temperature adjusts randomness.', zh: '温度是一个超参数。' }
};

describe('matches(haystack(q), query)', () => {
	const hay = haystack(q);
	it('finds words in titles and answers, in either language, ignoring case', () => {
		expect(matches(hay, 'TEMPERATURE')).toBe(true);
		expect(matches(hay, 'randomness')).toBe(true);
		expect(matches(hay, '超参数')).toBe(true);
		expect(matches(hay, '温度')).toBe(true);
	});
	it('needs every word of the query', () => {
		expect(matches(hay, 'temperature randomness')).toBe(true);
		expect(matches(hay, 'temperature beam')).toBe(false);
	});
	it('matches everything on an empty query and folds full-width letters', () => {
		expect(matches(hay, '   ')).toBe(true);
		expect(matches(hay, 'ＬＬＭ')).toBe(true);
	});
});
