/**
 * The values computed for the last few keys, the most recent kept longest: a label toggled back
 * or a seed typed again finds its results instead of computing them again.
 */
export class Recent<V> {
	#values = new Map<string, V>();
	#size: number;

	constructor(size: number) {
		this.#size = size;
	}

	/** The value for `key`, computed by `compute` if it is not among the last few. */
	get(key: string, compute: () => V): V {
		let value = this.#values.get(key);
		if (value === undefined) value = compute();
		else this.#values.delete(key); // re-inserted below as the most recent
		this.#values.set(key, value);
		if (this.#values.size > this.#size) this.#values.delete(this.#values.keys().next().value!);
		return value;
	}
}
