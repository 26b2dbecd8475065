import type { FoundationSize } from '$lib/content/foundation-models';

/** A size as the page writes it: the source's own wording, or why there is none. */
export function sizeText(size: FoundationSize, say: { withheld: string; noTotal: string }): string {
	if ('parameters' in size) return size.published;
	return size.unknown === 'withheld' ? say.withheld : say.noTotal;
}
