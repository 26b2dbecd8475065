import { trainWordBPEFromCounts, type WordMerge } from '$lib/math/bpe-words';
import { countWords } from '$lib/engines/tokenizer';

const cache = new Map<string, WordMerge[]>();

/**
 * Word-level BPE (Sennrich et al. 2016) trained on the words of a text, up to `maxMerges`
 * merges; trained once per text.
 */
export function wordMerges(text: string, maxMerges: number): WordMerge[] {
	const key = `${maxMerges}:${text}`;
	let merges = cache.get(key);
	if (!merges) {
		merges = trainWordBPEFromCounts(countWords(text), maxMerges).merges;
		cache.set(key, merges);
	}
	return merges;
}

/** The rank of the merge that first made each symbol. */
export function mergeRanks(merges: readonly WordMerge[]): Map<string, number> {
	const ranks = new Map<string, number>();
	merges.forEach((m, r) => {
		if (!ranks.has(m.merged)) ranks.set(m.merged, r);
	});
	return ranks;
}
