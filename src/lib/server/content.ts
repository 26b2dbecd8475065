import { questions, type Question } from '$lib/content/registry';
import { plainText, renderMarkdown } from './markdown';
import type { Lang } from '$lib/i18n/strings';
import type { Answer, QuestionContent } from '$lib/content/types';

const sources = import.meta.glob('/src/lib/content/questions/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

const SECTION = /<!--\s*(en|zh)\s*-->/;

/** One language section: its `# ` title line, then the answer. */
function parseSection(section: string, where: string): Answer {
	const match = section.match(/^\s*#\s+(.+)\n([\s\S]*)$/);
	if (!match) throw new Error(`${where}: a section must start with a "# " title line`);
	const [, title, body] = match;
	return { title: title.trim(), html: renderMarkdown(body.trim()), text: plainText(body) };
}

export function parseQuestionFile(source: string, where: string): Record<Lang, Answer> {
	const parts = source.split(SECTION);
	const sections: Partial<Record<Lang, string>> = {};
	for (let i = 1; i < parts.length; i += 2) sections[parts[i] as Lang] = parts[i + 1];
	if (sections.en === undefined || sections.zh === undefined) {
		throw new Error(`${where}: needs both <!-- en --> and <!-- zh --> sections`);
	}
	return {
		en: parseSection(sections.en, `${where} (en)`),
		zh: parseSection(sections.zh, `${where} (zh)`)
	};
}

function load(question: Question): QuestionContent {
	const name = `${String(question.number).padStart(2, '0')}-${question.slug}.md`;
	const source = sources[`/src/lib/content/questions/${name}`];
	if (source === undefined) throw new Error(`missing content file ${name}`);
	return { ...question, answer: parseQuestionFile(source, name) };
}

let cache: QuestionContent[] | undefined;

/** Every question with its rendered answers, parsed once per build. */
export function allContent(): QuestionContent[] {
	cache ??= questions.map(load);
	return cache;
}

export function contentBySlug(slug: string): QuestionContent | undefined {
	return allContent().find((x) => x.slug === slug);
}
