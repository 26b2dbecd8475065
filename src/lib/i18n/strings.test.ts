import { describe, expect, it } from 'vitest';
import { format, strings } from './strings';

describe('UI dictionary', () => {
	it('has a non-empty string for every key in both languages', () => {
		const keys = Object.keys(strings.en);
		expect(Object.keys(strings.zh).sort()).toEqual([...keys].sort());
		for (const lang of ['en', 'zh'] as const) {
			for (const key of keys)
				expect(strings[lang][key as keyof typeof strings.en].trim()).not.toBe('');
		}
	});

	it('uses the same placeholders in both languages', () => {
		const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
		for (const key of Object.keys(strings.en) as (keyof typeof strings.en)[]) {
			expect(holes(strings.zh[key]), key).toEqual(holes(strings.en[key]));
		}
	});
});

describe('format(template, vars)', () => {
	it('fills named holes and leaves unknown ones', () => {
		expect(format('{shown} of {total}', { shown: 3, total: 50 })).toBe('3 of 50');
		expect(format('{x} stays')).toBe('{x} stays');
	});
});
