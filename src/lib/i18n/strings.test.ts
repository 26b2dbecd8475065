import { describe, expect, it } from 'vitest';
import { core } from './dict/core';
import { format, registerStrings, strings, type StringsPart } from './strings';

/** Every part of the dictionary; importing a part registers it. */
const parts: Record<string, StringsPart> = {
	'./dict/core.ts': core,
	...Object.fromEntries(
		Object.entries(import.meta.glob<Record<string, StringsPart>>('./dict/*.ts', { eager: true }))
			.filter(([path]) => !path.endsWith('core.ts'))
			.map(([path, mod]) => [path, Object.values(mod)[0]])
	)
};

describe('UI dictionary', () => {
	it('has every part, each with the same non-empty keys in both languages', () => {
		expect(Object.keys(parts).length).toBeGreaterThan(10);
		for (const [path, part] of Object.entries(parts)) {
			expect(Object.keys(part.zh).sort(), path).toEqual(Object.keys(part.en).sort());
			for (const lang of ['en', 'zh'] as const) {
				for (const [key, value] of Object.entries(part[lang])) {
					expect(value.trim(), `${path} ${lang} ${key}`).not.toBe('');
				}
			}
		}
	});

	it('uses the same placeholders in both languages', () => {
		const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
		for (const part of Object.values(parts)) {
			for (const key of Object.keys(part.en)) {
				expect(holes(part.zh[key]), key).toEqual(holes(part.en[key]));
			}
		}
	});

	it('holds every registered part once, and no key twice', () => {
		const total = Object.values(parts).reduce((n, p) => n + Object.keys(p.en).length, 0);
		expect(Object.keys(strings.en)).toHaveLength(total);
		expect(Object.keys(strings.zh)).toHaveLength(total);
		registerStrings(parts['./dict/topk.ts']);
		expect(Object.keys(strings.en)).toHaveLength(total);
		expect(() => registerStrings({ en: { siteName: 'x' }, zh: { siteName: 'x' } })).toThrow(
			/defined twice/
		);
	});
});

describe('format(template, vars)', () => {
	it('fills named holes and leaves unknown ones', () => {
		expect(format('{shown} of {total}', { shown: 3, total: 50 })).toBe('3 of 50');
		expect(format('{x} stays')).toBe('{x} stays');
	});
});
