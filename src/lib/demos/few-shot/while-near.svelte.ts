import { inView } from '$lib/attachments/in-view';

/**
 * What a section draws, following its inputs only while the section is on screen or within
 * `margin` of it: dragging k at the top of the page redraws what can be seen, not the charts and
 * tables far below, which catch up as they come near, before they are on screen. Off screen it
 * keeps its last value (computed the first time it is asked for, near or not).
 */
export class WhileNear<T> {
	#near = $state(false);
	#read: () => T;
	#last: { value: T } | undefined;
	#value = $derived.by(() => {
		if (this.#near || !this.#last) this.#last = { value: this.#read() };
		return this.#last.value;
	});
	/** The attachment for the section whose nearness it follows. */
	readonly watch;

	constructor(read: () => T, margin = '200px') {
		this.#read = read;
		this.watch = inView((shown) => (this.#near = shown), margin);
	}

	get value(): T {
		return this.#value;
	}
}
