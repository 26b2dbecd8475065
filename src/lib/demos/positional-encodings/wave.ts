import { sinusoidFrequency } from '$lib/math/positional';

/** One column of the encoding: which pair it belongs to, sin or cos, and its wavelength. */
export type DimensionInfo = {
	/** The pair i of columns (2i, 2i + 1). */
	pair: number;
	fn: 'sin' | 'cos';
	/** ω_i = 1 / 10000^(2i/d). */
	omega: number;
	/** 2π / ω_i, in positions. */
	wavelength: number;
};

export function dimensionInfo(dim: number, dModel: number): DimensionInfo {
	const pair = Math.floor(dim / 2);
	const omega = sinusoidFrequency(pair, dModel);
	return { pair, fn: dim % 2 === 0 ? 'sin' : 'cos', omega, wavelength: (2 * Math.PI) / omega };
}

/** The continuous wave behind a column, sampled `perPosition` times per position up to `length − 1`. */
export function wavePoints(
	dim: number,
	dModel: number,
	length: number,
	perPosition: number
): [number, number][] {
	const { fn, omega } = dimensionInfo(dim, dModel);
	const f = fn === 'sin' ? Math.sin : Math.cos;
	const steps = Math.max(1, (length - 1) * perPosition);
	return Array.from({ length: steps + 1 }, (_, s) => {
		const x = ((length - 1) * s) / steps;
		return [x, f(x * omega)];
	});
}
