/**
 * Running text into sentences as written (case, punctuation and all), with the platform's Unicode
 * sentence segmenter (UAX #29): "e.g." and "3.5" do not end a sentence, 。！？ do, and a line break
 * always does (the guide's list items are sentences of their own).
 */

const segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });

export function splitSentences(text: string): string[] {
	const out: string[] = [];
	for (const line of text.split(/\r?\n/)) {
		for (const s of segmenter.segment(line)) {
			const sentence = s.segment.trim();
			if (/[\p{L}\p{N}]/u.test(sentence)) out.push(sentence);
		}
	}
	return out;
}
