import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { questions } from '$lib/content/registry';
import type { Schema } from '$lib/state/params';
import { siteKeys } from '$lib/state/site-params';

// The demo contract (CONTRACT.md): one folder per demo, found by the registry's id.
const root = 'src/lib/demos';
const folders = readdirSync(root, { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name);
const registered = new Set(questions.map((q) => q.demo.id));
const schemas = import.meta.glob<{ schema: Schema }>('./*/params.ts', { eager: true });

describe('the demo contract', () => {
	it('gives each of the 50 questions a demo id', () => {
		expect(questions).toHaveLength(50);
		for (const q of questions) expect(q.demo.id, `question ${q.number}`).toMatch(/^[a-z0-9-]+$/);
	});

	it.each(folders)('registers the folder %s', (id) => {
		expect([...registered]).toContain(id);
	});

	it.each(folders)('finds index.ts, params.ts, Demo.svelte and strings.ts in %s', (id) => {
		for (const file of ['index.ts', 'params.ts', 'Demo.svelte', 'strings.ts']) {
			expect(existsSync(`${root}/${id}/${file}`), `${id}/${file}`).toBe(true);
		}
	});

	it.each(folders)('keeps the schema of %s off the site keys', (id) => {
		const { schema } = schemas[`./${id}/params.ts`];
		expect(Object.keys(schema).filter((key) => siteKeys.includes(key))).toEqual([]);
	});

	it('names only presets that their demo offers', async () => {
		for (const q of questions.filter((x) => x.demo.preset && folders.includes(x.demo.id))) {
			const index = await import(`./${q.demo.id}/index.ts`);
			expect(index.default.presets ?? [], `question ${q.number}`).toContain(q.demo.preset);
		}
	});
});
