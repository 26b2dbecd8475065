import { untrack } from 'svelte';

/**
 * Whether an input is changing in quick succession (a bar or a slider being dragged): the bars'
 * transitions then stop, as animating thirty widths on every frame of a drag costs a layout and
 * a paint per frame. A single change (a preset, a typed score) still animates. Created in a
 * component's script; `read` returns the input, compared by `key`.
 */
export class Changing<T> {
	#now = $state(false);

	constructor(read: () => T, { within = 250, key = JSON.stringify as (input: T) => string } = {}) {
		let last = key(untrack(read));
		let at = -Infinity;
		let timer: ReturnType<typeof setTimeout> | undefined;
		$effect(() => {
			const next = key(read());
			if (next === last) return;
			last = next;
			const now = performance.now();
			if (now - at < within) this.#now = true;
			at = now;
			clearTimeout(timer);
			timer = setTimeout(() => (this.#now = false), within);
		});
		$effect(() => () => clearTimeout(timer));
	}

	/** True from the second of changes less than `within` ms apart until they stop. */
	get now(): boolean {
		return this.#now;
	}
}
