import { untrack } from 'svelte';

/**
 * An input that heavy work follows only once it holds still: while a slider is dragged, `value`
 * stays what it was when the input last rested, so the work runs once per rest rather than on
 * every step of the drag (on the page, like `JobTaskCache.settled` for a worker). Created in a
 * component's script; `read` returns a small record of the inputs, compared by `key`.
 */
export class Resting<T> {
	#value: T = $state.raw() as T;
	#latest: T = $state.raw() as T;
	readonly #key: (input: T) => string;

	constructor(read: () => T, { delay = 150, key = JSON.stringify as (input: T) => string } = {}) {
		this.#key = key;
		this.#value = this.#latest = untrack(read);
		$effect(() => {
			const next = read();
			this.#latest = next;
			if (key(next) === key(untrack(() => this.#value))) return;
			const timer = setTimeout(() => (this.#value = next), delay);
			return () => clearTimeout(timer);
		});
	}

	/** The input as it was when it last rested. */
	get value(): T {
		return this.#value;
	}

	/** Whether `value` is the input as it is now (false while it moves). */
	get rested(): boolean {
		return this.#key(this.#value) === this.#key(this.#latest);
	}
}
