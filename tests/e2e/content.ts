// The questions' titles and a sentence of each answer, read from the content files, so the
// browser tests check what the pages show against the source.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { questions } from '../../src/lib/content/registry';

const dir = 'src/lib/content/questions';
const files = readdirSync(dir);

export type Expected = { slug: string; number: number; en: string; zh: string };

function title(section: string) {
	return section.match(/^\s*#\s+(.+)$/m)![1].trim();
}

export const expected: Expected[] = questions.map((q) => {
	const name = files.find((f) => f === `${String(q.number).padStart(2, '0')}-${q.slug}.md`)!;
	const [, en, zh] = readFileSync(`${dir}/${name}`, 'utf8').split(/<!--\s*(?:en|zh)\s*-->/);
	return { slug: q.slug, number: q.number, en: title(en), zh: title(zh) };
});

/** The questions whose demo folder exists (the others show "not built yet"). */
export const built = questions.filter((q) => existsSync(`src/lib/demos/${q.demo.id}/index.ts`));
