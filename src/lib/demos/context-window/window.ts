/** Where a window of N tokens stands over a replayed text, and which of its tokens to draw. */

export interface WindowPlace {
	/** Tokens replayed so far, clamped to the text. */
	pos: number;
	/** The first token still in view; tokens before it have left the window. */
	start: number;
	/** Whether the asked position lay past the end of the text. */
	clamped: boolean;
}

export function placeWindow(total: number, window: number, pos: number): WindowPlace {
	const at = Math.max(0, Math.min(total, Math.round(pos)));
	return { pos: at, start: Math.max(0, at - window), clamped: pos > total };
}

/** A run of consecutive tokens to draw, or a count of tokens left out between runs. */
export type Run =
	| { kind: 'gone' | 'seen'; from: number; to: number }
	| { kind: 'skip-gone' | 'skip-seen'; count: number };

export interface ShownLimits {
	/** Tokens drawn just before the window (the latest to have left it). */
	gone: number;
	/** Tokens drawn at the window's start and at its end when it holds more than both. */
	head: number;
	tail: number;
}

/**
 * A step moves the window by an eighth of it, up to 256 tokens: past a window of about 2,000 it
 * replaces every drawn token, so all the drawn text is shaped, laid out and painted again per step.
 * A tail of 120 keeps a few lines of the latest text in view; 30 on either side of the window's
 * start show where it begins at a cost a step can afford.
 */
export const SHOWN: ShownLimits = { gone: 30, head: 30, tail: 120 };

/**
 * The runs that draw a window at `place`: a few of the tokens that left it (the rest counted), and
 * the window whole when short, else its start and its end with the middle counted. Drawn tokens
 * never exceed gone + head + tail, however long the window.
 */
export function shownRuns({ pos, start }: WindowPlace, limits: ShownLimits = SHOWN): Run[] {
	const runs: Run[] = [];
	const goneFrom = Math.max(0, start - limits.gone);
	if (goneFrom > 0) runs.push({ kind: 'skip-gone', count: goneFrom });
	if (start > goneFrom) runs.push({ kind: 'gone', from: goneFrom, to: start });
	if (pos - start <= limits.head + limits.tail) {
		if (pos > start) runs.push({ kind: 'seen', from: start, to: pos });
	} else {
		runs.push({ kind: 'seen', from: start, to: start + limits.head });
		runs.push({ kind: 'skip-seen', count: pos - start - limits.head - limits.tail });
		runs.push({ kind: 'seen', from: pos - limits.tail, to: pos });
	}
	return runs;
}

/**
 * Where a run's tokens at odd places in the guide stand in the run's text written as one string
 * (UTF-16 offsets, empty tokens left out): shading them tells each token from its neighbours, and a
 * token keeps its shade as the window moves.
 */
export function oddTokenSpans(from: number, texts: readonly string[]): [number, number][] {
	const spans: [number, number][] = [];
	let at = 0;
	texts.forEach((text, i) => {
		if ((from + i) % 2 === 1 && text.length > 0) spans.push([at, at + text.length]);
		at += text.length;
	});
	return spans;
}

/** How far one step of the replay moves: an eighth of the window, 1 to 256 tokens. */
export const strideOf = (window: number): number =>
	Math.max(1, Math.min(256, Math.floor(window / 8)));
