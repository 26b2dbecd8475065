import { afterEach, describe, expect, it, vi } from 'vitest';
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

describe('afterPageDrawn(task)', () => {
	afterEach(() => vi.useRealTimers());

	it('runs the task after the load event, the demo drawn and an idle period, in that order', async () => {
		vi.useFakeTimers();
		const { asked, fire, signals } = manual(true);
		const task = vi.fn();
		void afterPageDrawn(task, signals);
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
		vi.useFakeTimers();
		const { asked, fire, signals } = manual(false);
		const task = vi.fn();
		void afterPageDrawn(task, signals);
		fire.loaded();
		await settle();
		fire.idle();
		await settle();
		expect(asked).toEqual(['loaded', 'idle']);
		expect(task).toHaveBeenCalledOnce();
	});

	it('stops waiting for a demo that never draws after DRAW_WAIT_CAP_MS', async () => {
		vi.useFakeTimers();
		const { asked, fire, signals } = manual(true);
		const task = vi.fn();
		void afterPageDrawn(task, signals);
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
