import { describe, expect, it } from 'vitest';
import { answerTexts } from './corpus';
import { entities, relations, triples } from './knowledge-triples';

const byId = new Map(entities.map((entity) => [entity.id, entity]));

describe('knowledge triples', () => {
	const answers = { en: answerTexts('en'), zh: answerTexts('zh') };

	it('name both entities in the answer they cite, in English and in Chinese', () => {
		const missing: string[] = [];
		for (const t of triples) {
			for (const id of [t.subject, t.object]) {
				const entity = byId.get(id);
				if (!entity) {
					missing.push(`${id}: no such entity`);
					continue;
				}
				const en = answers.en[t.question - 1].toLowerCase();
				const zh = answers.zh[t.question - 1];
				if (!entity.en.some((name) => en.includes(name.toLowerCase())))
					missing.push(`q${t.question} en: ${entity.en.join(' / ')}`);
				if (!entity.zh.some((name) => zh.includes(name)))
					missing.push(`q${t.question} zh: ${entity.zh.join(' / ')}`);
			}
		}
		expect(missing).toEqual([]);
	});

	it('hold each fact once, with a known relation, every entity in some triple', () => {
		const keys = triples.map((t) => `${t.subject} ${t.relation} ${t.object}`);
		expect(new Set(keys).size).toBe(keys.length);
		for (const t of triples) expect(relations).toContain(t.relation);
		const used = new Set(triples.flatMap((t) => [t.subject, t.object]));
		expect(entities.filter((entity) => !used.has(entity.id)).map((x) => x.id)).toEqual([]);
		expect(new Set(entities.map((x) => x.id)).size).toBe(entities.length);
	});
});
