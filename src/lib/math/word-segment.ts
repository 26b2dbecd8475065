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
	// A mark, format character or joiner right after whitespace joins the whitespace (UAX #29
	// WB4), so only text without one may be cut at its ASCII whitespace.
	if (MARK_AFTER_SPACE.test(text)) return platformSegments(text);
	for (const token of text.split(ASCII_SPACE)) {
		const plain = PLAIN_TOKEN.exec(token);
		if (!plain) {
			out.push(...platformSegments(token));
			continue;
		}
		const [, before, word, after] = plain;
		if (before) out.push({ text: before, word: false });
		out.push({ text: word, word: true });
		if (after) out.push({ text: after, word: false });
	}
	return out;
}

/**
 * Intl.Segmenter costs about 15 µs a segment (the guide's English answers took 30–60 ms), so the
 * commonest tokens are cut here, exactly as it would cut them: UAX #29 always breaks at ASCII
 * whitespace, keeps a run of ASCII letters and digits together (WB5, WB8–WB10), and breaks
 * around one of these brackets, quotes and stops at a token's edge (none joins letters unless
 * letters follow it: WB6–WB7, WB11–WB12). A test checks this against the segmenter.
 */
const PLAIN_TOKEN = /^([(["“‘]?)([A-Za-z0-9]+)([.,;:!?)\]"”’]?)$/;
const ASCII_SPACE = /[ \t\n\f\r\v]+/;
const MARK_AFTER_SPACE = /\s[\p{M}\p{Cf}]/u;

/** The non-space segments of `text` as the platform's segmenter cuts them (segmentText's
 * reference, and its path for every token it does not cut itself). */
export function platformSegments(text: string): Segment[] {
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
