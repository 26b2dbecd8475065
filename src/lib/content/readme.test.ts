import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allContent } from '$lib/server/content';
import { questions } from './registry';

/** The README's table of built demos, made from the registry and the demo folders. */
function builtDemosTable(): string {
	const titles = new Map(allContent().map((q) => [q.slug, q.answer.en.title]));
	const rows = questions
		.filter((q) => existsSync(`src/lib/demos/${q.demo.id}/index.ts`))
		.map((q) => {
			const preset = q.demo.preset ? ` (${q.demo.preset})` : '';
			return `| ${q.number} | ${titles.get(q.slug)} | \`${q.demo.id}\`${preset} |`;
		});
	return ['| # | question | demo folder |', '| --- | --- | --- |', ...rows].join('\n');
}

const START = '<!-- demos:start -->';
const END = '<!-- demos:end -->';

/** A Markdown table's rows without the padding Prettier adds to align its columns. */
const rows = (table: string) =>
	table
		.split('\n')
		.map((line) => line.trim().replace(/\s*\|\s*/g, '|'))
		.filter((line) => line !== '')
		.map((line) => (/^[|\s-]+$/.test(line) ? line.replace(/-+/g, '---') : line));

describe('README', () => {
	it('lists the built demos as the registry and the folders say (npm run readme)', () => {
		const readme = readFileSync('README.md', 'utf8');
		const [before, rest] = readme.split(START);
		const after = rest.slice(rest.indexOf(END));
		const table = builtDemosTable();
		if (process.env.UPDATE_README)
			writeFileSync('README.md', `${before}${START}\n${table}\n${after}`);
		const written = rest.slice(0, rest.indexOf(END));
		expect(rows(written), 'the table of built demos is out of date: run `npm run readme`').toEqual(
			rows(table)
		);
	});
});
