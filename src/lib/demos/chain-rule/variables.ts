/**
 * The values of an expression's variables. The link holds them as a list in the order the
 * variables first appear; editing the expression carries each value over by its variable's name.
 */
import { VALUE_RANGE } from './limits';

/** The value a new variable starts with, by its position (distinct, so products show which is which). */
const STARTING = [0.5, -1, 2, 1.5, -0.5, 3];
export const startingValue = (i: number) => STARTING[i % STARTING.length];

/** The value of each variable: from the list, or its starting value where the list is short. */
export function valuesFor(names: readonly string[], vals: readonly number[]): number[] {
	return names.map((_, i) => vals[i] ?? startingValue(i));
}

/**
 * The list for `next` names after an edit from `previous` names (null when the previous text did
 * not parse: then values stay by position).
 */
export function carryValues(
	previous: readonly string[] | null,
	vals: readonly number[],
	next: readonly string[]
): number[] {
	if (previous === null) return valuesFor(next, vals);
	const byName = new Map(previous.map((name, i) => [name, vals[i] ?? startingValue(i)]));
	return next.map((name, i) => byName.get(name) ?? startingValue(i));
}

/** The list with entry i set to x, clamped to the range a link may hold. */
export function setValue(vals: readonly number[], names: readonly string[], i: number, x: number) {
	const [lo, hi] = VALUE_RANGE;
	const out = valuesFor(names, vals);
	out[i] = Math.min(hi, Math.max(lo, x));
	return out;
}
