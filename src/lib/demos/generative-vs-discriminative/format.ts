/** A share as a percentage with one decimal, or … while it is being computed. */
export const percent = (x: number | undefined): string =>
	x === undefined ? '…' : `${(100 * x).toFixed(1)} %`;
