import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPageDrawn, DRAW_WAIT_CAP_MS, type PageSignals } from './after-page-drawn';

/** Signals the test fires by hand, recording the order in which they were asked for. */
function manual(withDemo: boolean) {
	const asked: string[] = [];
	const fire: Record<string, () => void> = {};
	const signal = (name: string) => () => {
		asked.push(name);
		return new Promise<void>((resolve) => (fire[name] = resolve));
	};
	const signals: PageSignals = {
		loaded: signal('loaded'),
		drawn: withDemo ? signal('drawn') : undefined,
		idle: signal('idle')
	};
	return { asked, fire, signals };
}

const settle = () => vi.advanceTimersByTimeAsync(0);

/** afterPageDrawn started on hand-fired signals, with a task that records its call. */
function started(withDemo: boolean) {
	const page = manual(withDemo);
	const task = vi.fn();
	void afterPageDrawn(task, page.signals);
	return { ...page, task };
}

describe('afterPageDrawn(task)', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('runs the task after the load event, the demo drawn and an idle period, in that order', async () => {
		const { asked, fire, task } = started(true);
		await settle();
		expect(asked).toEqual(['loaded']);
		fire.loaded();
		await settle();
		expect(asked).toEqual(['loaded', 'drawn']);
		fire.drawn();
		await settle();
		expect(asked).toEqual(['loaded', 'drawn', 'idle']);
		expect(task).not.toHaveBeenCalled();
		fire.idle();
		await settle();
		expect(task).toHaveBeenCalledOnce();
	});

	it('does not wait for a demo on a page without one', async () => {
		const { asked, fire, task } = started(false);
		fire.loaded();
		await settle();
		fire.idle();
		await settle();
		expect(asked).toEqual(['loaded', 'idle']);
		expect(task).toHaveBeenCalledOnce();
	});

	it('stops waiting for a demo that never draws after DRAW_WAIT_CAP_MS', async () => {
		const { asked, fire, task } = started(true);
		fire.loaded();
		await vi.advanceTimersByTimeAsync(DRAW_WAIT_CAP_MS - 1);
		expect(asked).toEqual(['loaded', 'drawn']);
		await vi.advanceTimersByTimeAsync(1);
		expect(asked).toEqual(['loaded', 'drawn', 'idle']);
		fire.idle();
		await settle();
		expect(task).toHaveBeenCalledOnce();
	});
});
