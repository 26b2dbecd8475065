import { describe, expect, test } from 'vitest';
import { fileName, slugify, uniqueSlugs } from './file-name';

describe('slugify(text)', () => {
	test('lower-cases and joins words with single hyphens', () => {
		expect(slugify('Next-token probabilities (T = 0.8)')).toBe('next-token-probabilities-t-0-8');
	});
	test('drops accents, keeps letters of other scripts', () => {
		expect(slugify('Café  crème')).toBe('cafe-creme');
		expect(slugify('注意力 热图：第 2 头')).toBe('注意力-热图-第-2-头');
	});
	test('full-width forms become ASCII', () => {
		expect(slugify('ＡＢＣ１２３')).toBe('abc123');
	});
	test('is empty when nothing is left', () => {
		expect(slugify(' — · ')).toBe('');
	});
	test('is at most 60 characters, cut after a whole word', () => {
		const slug = slugify('Sinusoidal positional encodings, 128 positions by 128 dimensions');
		expect(slug).toBe('sinusoidal-positional-encodings-128-positions-by-128');
		expect(slugify('word '.repeat(40))).toBe('word-'.repeat(11) + 'word');
		expect(Array.from(slugify('注'.repeat(80)))).toHaveLength(60);
	});
});

describe('uniqueSlugs(names)', () => {
	test('numbers repeated names and names nameless charts by position', () => {
		expect(uniqueSlugs(['Scores', 'Scores', '', 'Scores 2'])).toEqual([
			'scores',
			'scores-2',
			'chart-3',
			'scores-2-2'
		]);
	});
});

describe('fileName(page, chart, ext)', () => {
	test('joins the site, the page and the chart', () => {
		expect(fileName('temperature', 'next-token-probabilities', 'svg')).toBe(
			'llm-playground-temperature-next-token-probabilities.svg'
		);
	});
	test('leaves the page out when there is none', () => {
		expect(fileName(undefined, 'chart-1', 'png')).toBe('llm-playground-chart-1.png');
	});
});
