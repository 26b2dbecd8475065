import { glossary, type Avoid, type Term } from './glossary';

/** A discouraged form found in a text: which term it belongs to, what was written, and where. */
export type Slip = { term: Term; found: string; index: number };

const SENTENCE = /[^。！？；\n]+/g;

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function globalPattern(form: string | RegExp): RegExp {
	if (typeof form === 'string') return new RegExp(escape(form), 'g');
	return new RegExp(form.source, form.flags.includes('g') ? form.flags : `${form.flags}g`);
}

/** Whether a match of `allowedIn` inside the sentence covers [start, end). */
function covered(sentence: string, allowedIn: RegExp, start: number, end: number): boolean {
	for (const m of sentence.matchAll(globalPattern(allowedIn))) {
		if (m.index <= start && m.index + m[0].length >= end) return true;
	}
	return false;
}

function slipsInSentence(sentence: string, offset: number, terms: readonly Term[]): Slip[] {
	const slips: Slip[] = [];
	for (const term of terms) {
		for (const entry of term.avoid) {
			const { form, allowedIn }: Avoid = typeof entry === 'string' ? { form: entry } : entry;
			for (const m of sentence.matchAll(globalPattern(form))) {
				const end = m.index + m[0].length;
				if (allowedIn && covered(sentence, allowedIn, m.index, end)) continue;
				slips.push({ term, found: m[0], index: offset + m.index });
			}
		}
	}
	return slips;
}

/**
 * The discouraged forms in a Chinese text, in order. Where two forms overlap (层规范化 is both a
 * layer-normalisation slip and a normalisation one), only the longer is reported.
 */
export function discouragedUses(text: string, terms: readonly Term[] = glossary): Slip[] {
	const slips: Slip[] = [];
	for (const s of text.matchAll(SENTENCE)) slips.push(...slipsInSentence(s[0], s.index, terms));
	const end = (x: Slip) => x.index + x.found.length;
	return slips
		.filter(
			(x) =>
				!slips.some(
					(y) =>
						y !== x &&
						y.index <= x.index &&
						end(y) >= end(x) &&
						(y.found.length > x.found.length || slips.indexOf(y) < slips.indexOf(x))
				)
		)
		.sort((a, b) => a.index - b.index);
}
