/**
 * One result per place (a cell's index in a grid), made again only when the inputs for that
 * place changed (compared with Object.is). For the texts of a grid that grows by a row and a
 * column at a time: the cells already there keep their texts and nothing is written for them.
 */
export class PerPlace<V> {
	#kept = new Map<number, { inputs: readonly unknown[]; value: V }>();

	/** The value for `place`, made by `make` unless `inputs` are the ones it was made from. */
	get(place: number, inputs: readonly unknown[], make: () => V): V {
		const before = this.#kept.get(place);
		if (
			before &&
			before.inputs.length === inputs.length &&
			before.inputs.every((input, i) => Object.is(input, inputs[i]))
		)
			return before.value;
		const value = make();
		this.#kept.set(place, { inputs, value });
		return value;
	}
}
