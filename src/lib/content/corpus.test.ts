import { describe, expect, it } from 'vitest';
import { corpusText, stripMarkdown } from './corpus';

describe('stripMarkdown(markdown)', () => {
	it('drops notes, formulas and markup but keeps the words', () => {
		const md =
			'# Title\n\n- **Bold:** item $x^2$ [link](https://a.b)\n\n> **Note:** ours\n\n$$\ny\n$$\nEnd.';
		expect(stripMarkdown(md).replace(/\s+/g, ' ')).toBe('Title Bold: item link End.');
	});
});

describe('corpusText(lang)', () => {
	it('holds the guide in each language without notes or LaTeX', () => {
		const en = corpusText('en');
		const zh = corpusText('zh');
		expect(en).toContain('Tokenization involves breaking down text');
		expect(en).not.toMatch(/Note:|\\frac|arxiv/i);
		expect(zh).toContain('注意力');
		expect(zh).not.toMatch(/注：/);
		expect(en.split(/\s+/).length).toBeGreaterThan(2000);
	});
});
