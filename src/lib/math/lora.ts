/** Low-rank adaptation (Hu et al., 2021, arXiv:2106.09685): W stays frozen and ΔW = BA learns. */

/**
 * Trainable parameters of one adapted dIn × dOut matrix at rank r: A is r × dIn and B is
 * dOut × r, so r · (dIn + dOut), against dIn · dOut for the matrix itself.
 */
export function loraParameterCount(dIn: number, dOut: number, rank: number): number {
	for (const [name, value] of Object.entries({ dIn, dOut, rank })) {
		if (!Number.isInteger(value) || value < 0) {
			throw new RangeError(`loraParameterCount: ${name} must be a whole number ≥ 0, got ${value}`);
		}
	}
	return rank * (dIn + dOut);
}
