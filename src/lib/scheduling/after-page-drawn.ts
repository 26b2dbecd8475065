import { whenIdle } from './when-idle';

/**
 * The longest background work waits for a demo to draw: one that never does (it failed, or it
 * waits for input) does not keep the work from running.
 */
export const DRAW_WAIT_CAP_MS = 15_000;

/** What the page has done so far, as promises (the browser's in `pageSignals`). */
export interface PageSignals {
	/** Resolves once the load event has fired. */
	loaded: () => Promise<void>;
	/** Resolves once the page's demo is drawn; absent on a page without a demo. */
	drawn?: () => Promise<void>;
	/** Resolves in the next idle period. */
	idle: () => Promise<void>;
}

/**
 * Runs `task` once the page the reader came for is there: after the load event, after its demo is
 * drawn (the `demo-ready` mark, waited for at most DRAW_WAIT_CAP_MS), in an idle period. For work
 * that competes with the page for the network and the CPU, such as the service worker's install,
 * which fetches the whole site: started during hydration, it made a demo's first render take
 * twice as long on a 2-core machine.
 */
export async function afterPageDrawn(
	task: () => void,
	signals: PageSignals = pageSignals()
): Promise<void> {
	await signals.loaded();
	if (signals.drawn) {
		let cap: ReturnType<typeof setTimeout> | undefined;
		await Promise.race([
			signals.drawn(),
			new Promise<void>((resolve) => (cap = setTimeout(resolve, DRAW_WAIT_CAP_MS)))
		]);
		clearTimeout(cap);
	}
	await signals.idle();
	task();
}

/** The browser's signals for the current page; `drawn` only where the page has a demo area. */
export function pageSignals(): PageSignals {
	return {
		loaded: () =>
			document.readyState === 'complete'
				? Promise.resolve()
				: new Promise((resolve) => addEventListener('load', () => resolve(), { once: true })),
		drawn: document.querySelector('.demo-area') ? demoDrawn : undefined,
		idle: () => new Promise((resolve) => void whenIdle([resolve]))
	};
}

/** Resolves once the `demo-ready` mark is made (at once if it already is). */
function demoDrawn(): Promise<void> {
	return new Promise((resolve) => {
		const observer = new PerformanceObserver((list) => {
			if (!list.getEntriesByName('demo-ready').length) return;
			observer.disconnect();
			resolve();
		});
		observer.observe({ type: 'mark', buffered: true });
	});
}
