import type { Attachment } from 'svelte/attachments';

/** Calls `onSize` with the element's content width and height now and whenever they change. */
export function resize(onSize: (width: number, height: number) => void): Attachment<HTMLElement> {
	return (node) => {
		const observer = new ResizeObserver(([entry]) => {
			const { width, height } = entry.contentRect;
			onSize(width, height);
		});
		observer.observe(node);
		return () => observer.disconnect();
	};
}
