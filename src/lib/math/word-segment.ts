/**
 * Word segmentation for any script with the platform's Unicode segmenter (Intl.Segmenter, UAX #29
 * plus dictionaries): English splits at spaces and punctuation, Chinese into dictionary words
 * ("猫追老鼠" → 猫 | 追 | 老鼠), and an emoji or a mark stays one token.
 */

export interface Segment {
	/** The text as written. */
	text: string;
	/** A word (letters or digits), as opposed to punctuation, an emoji or another symbol. */
	word: boolean;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** Every non-space segment of `text`, in order: words, punctuation and symbols alike. */
export function segmentText(text: string): Segment[] {
	const out: Segment[] = [];
	for (const s of segmenter.segment(text)) {
		if (/^\s+$/u.test(s.segment)) continue;
		out.push({ text: s.segment, word: s.isWordLike === true });
	}
	return out;
}

/** A word of a text and where it stands in it: text.slice(start, end) === text of the span. */
export interface WordSpan {
	text: string;
	start: number;
	end: number;
}

/** The words of `text` (letters or digits, as segmentText marks them) with their offsets. */
export function wordSpans(text: string): WordSpan[] {
	const out: WordSpan[] = [];
	for (const s of segmenter.segment(text)) {
		if (s.isWordLike)
			out.push({ text: s.segment, start: s.index, end: s.index + s.segment.length });
	}
	return out;
}

/**
 * Training sentences from running text: split at . ! ? 。！？ and line breaks, lowercased, words
 * only (punctuation and symbols dropped), empty sentences dropped.
 */
export function segmentSentences(text: string): string[][] {
	return text
		.toLowerCase()
		.split(/[.!?。！？\r\n]+/u)
		.map((sentence) =>
			segmentText(sentence)
				.filter((s) => s.word)
				.map((s) => s.text)
		)
		.filter((words) => words.length > 0);
}
