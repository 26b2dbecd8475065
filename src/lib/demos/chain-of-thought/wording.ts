/** A word problem and its chain in the reader's language, from the demo's strings. */
import type { ChainStep, WordProblem } from '$lib/math/word-problems';
import { t } from './strings';

/** A number as the chain writes it: whole, or to two decimals after a slip made it fractional. */
export const num = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(2));

const pick = (list: string, i: number) => list.split('|')[i] ?? '';

/** How many names and items `cot.names` and `cot.items` list, in both languages. */
export const NAMES = 6;
export const ITEMS = 5;

/** The problem's sentences: the start, one per operation, and the question. */
export function problemSentences(problem: WordProblem): string[] {
	const name = pick(t('cot.names'), problem.name);
	const item = pick(t('cot.items'), problem.item);
	const unit = pick(t('cot.units'), problem.item);
	return [
		t('cot.start', { name, n: problem.start, unit, item }),
		...problem.ops.map((op) => t(`cot.op.${op.kind}`, { name, n: op.amount, unit, item })),
		t('cot.question', { name, item })
	];
}

/** The chain's lines: the start, one per step, and the answer. */
export function chainLines(start: number, steps: ChainStep[]): string[] {
	return [
		t('cot.line.start', { n: start }),
		...steps.map((s) =>
			t(`cot.line.${s.op.kind}`, { n: s.op.amount, before: num(s.before), after: num(s.after) })
		),
		t('cot.line.answer', { n: num(steps.at(-1)?.after ?? start) })
	];
}
