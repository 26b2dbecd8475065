/**
 * The message an embed page posts to the page that frames it whenever its content's height
 * changes, and the request a host page may send to ask for it again (static/embed.js does both).
 * Documented in the README; keep both sides in step.
 */
export const HEIGHT_MESSAGE = 'llm-playground:height';
export const MEASURE_MESSAGE = 'llm-playground:measure';

export type HeightMessage = { type: typeof HEIGHT_MESSAGE; height: number; href: string };

/**
 * Attach to the embed's outermost element: reports its height to the framing page at once, again
 * on `load`, and whenever a ResizeObserver sees it change. Chromium runs no ResizeObserver in a
 * cross-origin frame that is off screen, but reading a layout value works there (it forces the
 * layout), so the first two reports arrive even below the fold, as does the answer to a request.
 */
export function reportHeight(node: HTMLElement) {
	if (window.parent === window) return;
	let last = -1;
	const post = () => {
		const height = Math.ceil(node.getBoundingClientRect().bottom + window.scrollY);
		if (height === last) return;
		last = height;
		const message: HeightMessage = { type: HEIGHT_MESSAGE, height, href: location.href };
		window.parent.postMessage(message, '*');
	};
	const onMessage = (event: MessageEvent) => {
		if (event.source === window.parent && event.data?.type === MEASURE_MESSAGE) {
			last = -1;
			post();
		}
	};
	const observer = new ResizeObserver(post);
	observer.observe(node);
	window.addEventListener('message', onMessage);
	window.addEventListener('load', post);
	post();
	return () => {
		observer.disconnect();
		window.removeEventListener('message', onMessage);
		window.removeEventListener('load', post);
	};
}
