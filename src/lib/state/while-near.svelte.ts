import { inView } from '$lib/attachments/in-view';

/**
 * What a section draws, following its inputs only while the section is on screen or within
 * `margin` of it: dragging k at the top of the page redraws what can be seen, not the charts and
 * tables far below, which catch up as they come near, before they are on screen. Off screen each
 * field keeps its last value (computed the first time it is asked for, near or not).
 *
 * Each field is followed apart, so that what reads one field (a map's dots reading the sentences'
 * places) is not woken when another (k) changes.
 */
export class WhileNear<T extends Record<string, unknown>> {
	#near = $state(false);
	readonly value: T;
	/** The attachment for the section whose nearness it follows. */
	readonly watch;

	constructor(read: { [K in keyof T]: () => T[K] }, margin = '200px') {
		const value = {} as T;
		for (const key of Object.keys(read) as (keyof T)[]) {
			let last: { value: T[keyof T] } | undefined;
			const field = $derived.by(() => {
				if (this.#near || !last) last = { value: read[key]() };
				return last.value;
			});
			Object.defineProperty(value, key, { get: () => field, enumerable: true });
		}
		this.value = value;
		this.watch = inView((shown) => (this.#near = shown), margin);
	}
}
