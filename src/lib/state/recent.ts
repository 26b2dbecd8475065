/**
 * The last few results of a pure computation, by key, the most recently used kept longest: a
 * slider dragged back and forth, a label toggled back or a seed typed again finds its results
 * instead of computing them again.
 */
export class Recent<V> {
	#values = new Map<string, V>();
	#size: number;

	constructor(size: number) {
		this.#size = size;
	}

	/** The value for `key`, made by `make` if it is not among the last few. */
	get(key: string, make: () => V): V {
		let value = this.#values.get(key);
		if (value === undefined) value = make();
		else this.#values.delete(key); // re-inserted below as the most recent
		this.#values.set(key, value);
		if (this.#values.size > this.#size) this.#values.delete(this.#values.keys().next().value!);
		return value;
	}
}

/** Recent results per object (a picture, a bitmap), forgotten with the object. */
export class RecentOf<O extends object, V> {
	#byOwner = new WeakMap<O, Recent<V>>();
	#size: number;

	constructor(size: number) {
		this.#size = size;
	}

	get(owner: O, key: string, make: () => V): V {
		let recent = this.#byOwner.get(owner);
		if (!recent) this.#byOwner.set(owner, (recent = new Recent(this.#size)));
		return recent.get(key, make);
	}
}
