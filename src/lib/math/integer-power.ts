/**
 * base^n for a whole n ≥ 0 by repeated squaring: only multiplications, each rounded the same way by
 * every IEEE 754 engine. `Math.pow` (and `**`) is not: V8 changed its algorithm between Node 20 and
 * current Chromium, and about one result in ten differs in the last bit (measured). A training run
 * that raises β to the step count, as Adam's bias correction does, then drifts apart between Node
 * and the browser; with this it gives the same losses, step for step, in both.
 */
export function integerPower(base: number, n: number): number {
	if (!Number.isInteger(n) || n < 0)
		throw new RangeError(`integerPower: ${n} is not a whole n ≥ 0`);
	let result = 1;
	let square = base;
	for (let k = n; k > 0; k = Math.floor(k / 2)) {
		if (k % 2 === 1) result *= square;
		if (k > 1) square *= square;
	}
	return result;
}
