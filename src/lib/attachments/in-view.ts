import type { Attachment } from 'svelte/attachments';

/**
 * Calls `onChange` with whether the element is on screen (or within `margin` of it), now and
 * whenever that changes: lets a demo skip redrawing what nobody can see.
 */
export function inView(
	onChange: (visible: boolean) => void,
	margin = '200px'
): Attachment<HTMLElement> {
	return (node) => {
		const observer = new IntersectionObserver(([entry]) => onChange(entry.isIntersecting), {
			rootMargin: margin
		});
		observer.observe(node);
		return () => observer.disconnect();
	};
}
