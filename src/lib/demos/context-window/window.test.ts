import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { oddTokenSpans, placeWindow, shownRuns, SHOWN, strideOf, type Run } from './window';

const size = (r: Run) => ('count' in r ? r.count : r.to - r.from);

describe('placeWindow(total, window, pos)', () => {
	it('sees the last N tokens once N have been replayed, all of them before', () => {
		expect(placeWindow(1000, 256, 320)).toEqual({ pos: 320, start: 64, clamped: false });
		expect(placeWindow(1000, 256, 100)).toEqual({ pos: 100, start: 0, clamped: false });
	});
	it('stops at the end of the text and says so', () => {
		expect(placeWindow(1000, 256, 5000)).toEqual({ pos: 1000, start: 744, clamped: true });
	});
});

describe('shownRuns(place)', () => {
	it('draws a short window whole after a few of the tokens that left it', () => {
		expect(shownRuns({ pos: 184, start: 64, clamped: false })).toEqual([
			{ kind: 'skip-gone', count: 34 },
			{ kind: 'gone', from: 34, to: 64 },
			{ kind: 'seen', from: 64, to: 184 }
		]);
	});
	it("draws a long window's start and end, counting the middle", () => {
		expect(shownRuns({ pos: 320, start: 64, clamped: false })).toEqual([
			{ kind: 'skip-gone', count: 34 },
			{ kind: 'gone', from: 34, to: 64 },
			{ kind: 'seen', from: 64, to: 94 },
			{ kind: 'skip-seen', count: 106 },
			{ kind: 'seen', from: 200, to: 320 }
		]);
	});
	it('covers every replayed token exactly once, drawing at most gone + head + tail', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 50_000 }),
				fc.integer({ min: 1, max: 131_072 }),
				fc.integer({ min: 0, max: 60_000 }),
				(total, window, pos) => {
					const place = placeWindow(total, window, pos);
					const runs = shownRuns(place);
					expect(runs.reduce((sum, r) => sum + size(r), 0)).toBe(place.pos);
					const drawn = runs.filter((r) => !('count' in r)).reduce((s, r) => s + size(r), 0);
					expect(drawn).toBeLessThanOrEqual(SHOWN.gone + SHOWN.head + SHOWN.tail);
					const seen = runs.filter((r) => r.kind === 'seen' || r.kind === 'skip-seen');
					expect(seen.reduce((s, r) => s + size(r), 0)).toBe(place.pos - place.start);
					expect(runs.every((r) => size(r) > 0)).toBe(true);
				}
			),
			{ seed: 8 }
		);
	});
});

describe('oddTokenSpans(from, texts)', () => {
	it("finds the run's tokens at odd places in its joined text, leaving out empty ones", () => {
		expect(oddTokenSpans(3, ['a', '', 'bc', 'd', 'ef'])).toEqual([
			[0, 1],
			[1, 3],
			[4, 6]
		]);
		expect(oddTokenSpans(4, ['a', '', 'bc'])).toEqual([]);
	});
});

describe('strideOf(window)', () => {
	it('moves an eighth of the window, at least 1 and at most 256 tokens', () => {
		expect(strideOf(8)).toBe(1);
		expect(strideOf(256)).toBe(32);
		expect(strideOf(131_072)).toBe(256);
	});
});
