import type { ModelShape } from '$lib/engines/seq2seq/model';
import { SOURCE_VOCAB, TARGET_VOCAB } from '$lib/engines/seq2seq/vocab';

/**
 * How many weights a model of `shape` has, counted from the shapes `initSeq2Seq` gives its
 * tensors (the test checks the two agree), so the page needs none of the model's code.
 */
export function weightCount({ embed, hidden, attention }: ModelShape): number {
	const gru = (input: number) => (input + hidden + 2) * 3 * hidden;
	return (
		(SOURCE_VOCAB + TARGET_VOCAB) * embed +
		gru(embed) +
		gru(embed + hidden) +
		(attention ? (2 * hidden + 1) * hidden : 0) +
		(2 * hidden + 1) * TARGET_VOCAB
	);
}
