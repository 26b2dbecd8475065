import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { parse } from 'svelte/compiler';
import { discouragedUses } from './terminology';

/** Every answer and note, and every source file that can hold a UI string, wherever it lives. */
const answers = import.meta.glob('/src/lib/content/questions/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;
const sources = import.meta.glob(
	['/src/**/*.{ts,svelte}', '!/src/**/*.test.ts', '!/src/lib/content/glossary.ts'],
	{ query: '?raw', import: 'default', eager: true }
) as Record<string, string>;

const CJK = /[\u3400-\u9fff]/;

/** A piece of Chinese text and where it starts in its file. */
type Piece = { file: string; text: string; start: number };

/** Blank out what is not prose (link targets, formulas, `{placeholders}`), keeping offsets. */
function blank(text: string, pattern: RegExp): string {
	return text.replace(pattern, (m) => ' '.repeat(m.length));
}

function chineseSection(file: string, source: string): Piece[] {
	const start = source.indexOf('<!-- zh -->');
	const text = blank(source.slice(start), /\]\([^)]*\)|\$\$[\s\S]*?\$\$|\$[^$\n]+\$/g);
	return [{ file, text, start }];
}

function stringLiterals(file: string, source: string): Piece[] {
	const pieces: Piece[] = [];
	const visit = (node: ts.Node) => {
		if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) {
			pieces.push({ file, text: node.text, start: node.getStart() });
		}
		node.forEachChild(visit);
	};
	visit(ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true));
	return pieces;
}

/** Markup text, attribute text and script strings of a component, from Svelte's own parser. */
function svelteTexts(file: string, source: string): Piece[] {
	const pieces: Piece[] = [];
	const visit = (node: unknown) => {
		if (Array.isArray(node)) return node.forEach(visit);
		if (typeof node !== 'object' || node === null) return;
		const n = node as { type?: string; start?: number; data?: unknown; value?: unknown };
		if (n.type === 'Text' && typeof n.data === 'string')
			pieces.push({ file, text: n.data, start: n.start ?? 0 });
		if (n.type === 'Literal' && typeof n.value === 'string')
			pieces.push({ file, text: n.value, start: n.start ?? 0 });
		if (n.type === 'TemplateElement') {
			const cooked = (n.value as { cooked?: string }).cooked ?? '';
			pieces.push({ file, text: cooked, start: n.start ?? 0 });
		}
		for (const [key, child] of Object.entries(node)) if (key !== 'parent') visit(child);
	};
	visit(parse(source, { modern: true }));
	return pieces;
}

function chinesePieces(): Piece[] {
	const pieces = Object.entries(answers).flatMap(([file, source]) => chineseSection(file, source));
	for (const [file, source] of Object.entries(sources)) {
		const found = file.endsWith('.svelte')
			? svelteTexts(file, source)
			: stringLiterals(file, source);
		for (const piece of found) {
			if (CJK.test(piece.text)) pieces.push({ ...piece, text: blank(piece.text, /\{[\w.]+\}/g) });
		}
	}
	return pieces.sort((a, b) => a.file.localeCompare(b.file) || a.start - b.start);
}

function lineOf(source: string, index: number): number {
	return source.slice(0, index).split('\n').length;
}

describe('the Chinese vocabulary', () => {
	const pieces = chinesePieces();

	it('reads every answer and the UI strings of the dictionaries, demos and components', () => {
		expect(Object.keys(answers)).toHaveLength(50);
		const files = new Set(pieces.map((x) => x.file));
		expect([...files].filter((f) => f.endsWith('.md'))).toHaveLength(50);
		expect([...files].some((f) => f.startsWith('/src/lib/demos/'))).toBe(true);
		expect([...files].some((f) => f.startsWith('/src/lib/i18n/'))).toBe(true);
		expect([...files].some((f) => f.endsWith('.svelte'))).toBe(true);
	});

	it('uses the glossary’s one form for every term, in answers, notes and UI strings', () => {
		const slips = pieces.flatMap((piece) =>
			discouragedUses(piece.text).map((slip) => {
				const where = `${piece.file.slice(1)}:${lineOf(sources[piece.file] ?? answers[piece.file], piece.start + slip.index)}`;
				return `${where}: “${slip.found}” → ${slip.term.zh} (${slip.term.en})`;
			})
		);
		expect(slips).toEqual([]);
	});
});
