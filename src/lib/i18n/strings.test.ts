import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { format, joinParts, strings, type StringsPart } from './strings';

/** Every part in the source tree: a `strings.ts` of a demo or a shared area, and the core. */
const modules = import.meta.glob<Record<string, unknown>>(
	['/src/lib/**/strings.ts', '/src/lib/i18n/core.ts', '!/src/lib/i18n/strings.ts'],
	{ eager: true }
);
const isPart = (x: unknown): x is StringsPart =>
	typeof x === 'object' && x !== null && 'en' in x && 'zh' in x;
const parts = Object.entries(modules).flatMap(([path, mod]) =>
	Object.entries(mod)
		.filter(([, value]) => isPart(value))
		.map(([name, part]) => ({ where: `${path} ${name}`, part: part as StringsPart }))
);

describe('UI strings', () => {
	it('finds the parts of every demo folder and shared area', () => {
		const demoFolders = Object.keys(import.meta.glob('/src/lib/demos/*/index.ts'));
		for (const index of demoFolders) {
			const folder = index.replace('/index.ts', '');
			expect(
				parts.some((p) => p.where.startsWith(`${folder}/strings.ts`)),
				folder
			).toBe(true);
		}
	});

	it('has the same non-empty keys in both languages, in every part', () => {
		for (const { where, part } of parts) {
			expect(Object.keys(part.zh).sort(), where).toEqual(Object.keys(part.en).sort());
			for (const lang of ['en', 'zh'] as const) {
				for (const [key, value] of Object.entries(part[lang])) {
					expect(value.trim(), `${where} ${lang} ${key}`).not.toBe('');
				}
			}
		}
	});

	it('uses the same placeholders in both languages', () => {
		const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
		for (const { where, part } of parts) {
			for (const key of Object.keys(part.en)) {
				expect(holes(part.zh[key]), `${where} ${key}`).toEqual(holes(part.en[key]));
			}
		}
	});

	it('gives no key to two parts, so any parts can be joined', () => {
		expect(() => joinParts(parts.map((p) => p.part))).not.toThrow();
		const a = strings({ x: 'one' }, { x: '一' });
		expect(() => joinParts([a, strings({ x: 'two' }, { x: '二' })])).toThrow(/two parts/);
		expect(joinParts([a]).zh.x).toBe('一');
	});
});

describe('format(template, vars)', () => {
	it('fills named holes and leaves unknown ones', () => {
		expect(format('{shown} of {total}', { shown: 3, total: 50 })).toBe('3 of 50');
		expect(format('{x} stays')).toBe('{x} stays');
	});
	it('gives what one replace over the template gives, for any template and values', () => {
		const byReplace = (template: string, vars: Record<string, string | number>) =>
			template.replace(/\{(\w+)\}/g, (whole, name: string) =>
				name in vars ? String(vars[name]) : whole
			);
		const piece = fc.oneof(
			fc.string(),
			fc.constantFrom('{a}', '{b}', '{}', '{a', 'b}', '{{a}}', '{a b}', '{$}', '{value}')
		);
		const vars = fc.dictionary(
			fc.constantFrom('a', 'value', 'c'),
			fc.oneof(fc.string(), fc.double())
		);
		fc.assert(
			fc.property(fc.array(piece), vars, (pieces, v) => {
				const template = pieces.join('');
				// Twice: the second call reads the template's split from the cache.
				const [first, again] = [format(template, v), format(template, v)];
				return first === byReplace(template, v) && again === first;
			})
		);
	});
});
