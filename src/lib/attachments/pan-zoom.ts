import { select, zoom, zoomIdentity, type D3ZoomEvent } from 'd3';
import type { Attachment } from 'svelte/attachments';

export type View = { x: number; y: number; k: number };

/** Moves the view from outside a gesture: fitting a tree, following keyboard focus, buttons. */
export interface PanZoomControl {
	set(view: View): void;
	scaleBy(factor: number): void;
}

/**
 * Pan (drag) and zoom (Ctrl/⌘ + wheel, pinch, double-click) on an SVG with d3-zoom. d3 only
 * tracks the gesture: the view goes to `onzoom`, and the component applies it in its markup.
 * A plain wheel is left to scroll the page, so a large chart never traps the reader.
 * `byUser` tells a gesture from a `control.set`.
 */
export function panZoom(opts: {
	scaleExtent: [number, number];
	onzoom: (view: View, byUser: boolean) => void;
	control?: (control: PanZoomControl | null) => void;
}): Attachment<SVGSVGElement> {
	return (node) => {
		const selection = select(node);
		const behavior = zoom<SVGSVGElement, unknown>()
			.scaleExtent(opts.scaleExtent)
			.filter(
				(event: MouseEvent) =>
					(event.type === 'wheel' ? event.ctrlKey || event.metaKey : !event.ctrlKey) &&
					!event.button
			)
			.on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
				const { x, y, k } = event.transform;
				opts.onzoom({ x, y, k }, event.sourceEvent != null);
			});
		selection.call(behavior);
		opts.control?.({
			set: (v) => selection.call(behavior.transform, zoomIdentity.translate(v.x, v.y).scale(v.k)),
			scaleBy: (factor) => selection.call(behavior.scaleBy, factor)
		});
		return () => {
			opts.control?.(null);
			selection.on('.zoom', null);
		};
	};
}
