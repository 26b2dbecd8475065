import { describe, expect, it } from 'vitest';
import { questions } from '$lib/content/registry';
import type { Schema } from '$lib/state/params';
import { siteKeys } from '$lib/state/site-params';

const modules = import.meta.glob<{ schema: Schema }>('./*/params.ts', { eager: true });
const schemas = Object.entries(modules).map(([path, m]) => ({
	id: path.split('/')[1],
	keys: Object.keys(m.schema)
}));

describe('demo schemas', () => {
	it('are found for every demo in the registry', () => {
		const ids = new Set(questions.flatMap((q) => (q.demo ? [q.demo.id] : [])));
		expect(schemas.map((s) => s.id)).toEqual(expect.arrayContaining([...ids]));
	});

	// The site's keys (hide, lock, theme…) share the hash with every demo's own.
	it.each(schemas)('$id uses no site key', ({ keys }) => {
		expect(keys.filter((key) => siteKeys.includes(key))).toEqual([]);
	});
});
