import { drag, select } from 'd3';
import type { Attachment } from 'svelte/attachments';
import type { Point } from './point-handle';

/**
 * Dragging a point handle (d3-drag, in the SVG's pixels): `place` gets the pointer as a point
 * through `invert` (pixels → data). Its own module, so a plane whose point only clicks and
 * keys does not load d3-drag.
 */
export function dragPoint(
	invert: (px: number, py: number) => Point,
	place: (p: Point) => void
): Attachment<SVGGElement> {
	return (node) => {
		const svg = node.ownerSVGElement;
		select(node).call(
			drag<SVGGElement, unknown>()
				.container(() => svg ?? node)
				.on('drag', (event) => place(invert(event.x, event.y)))
		);
		return () => select(node).on('.drag', null);
	};
}
