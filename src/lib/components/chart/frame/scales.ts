import { format as d3format, scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3';

/** A continuous numeric scale as the frame builds it: linear or log. */
export type Scale = ScaleContinuousNumeric<number, number>;

/** One axis of a frame: its domain and how its ticks read. */
export type AxisSpec = {
	domain: readonly [number, number];
	/** A log scale (the domain is kept positive). */
	log?: boolean;
	/** Values outside the domain drawn at its edge instead of outside the plot. */
	clamp?: boolean;
	/** The tick values, or about how many (default 5; a log axis: its powers of ten). */
	ticks?: readonly number[] | number;
	format?: (value: number) => string;
	/** The axis's name, drawn at its end. */
	label?: string;
	/** Dashed grid lines across the plot at the ticks (default: on). */
	grid?: boolean;
};

export type Margin = { top: number; right: number; bottom: number; left: number };

/** The plot's edges in px inside a frame of this size. */
export type PlotBox = { left: number; right: number; top: number; bottom: number };

/**
 * The domain drawn: a non-finite one becomes [0, 1], an empty one is widened by one, and a log
 * domain is kept above zero (its lower end a thousandth of the upper when it reaches zero).
 */
export function usableDomain(domain: readonly [number, number], log = false): [number, number] {
	let [lo, hi] = domain;
	if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = log ? [1, 10] : [0, 1];
	if (log) {
		if (hi <= 0) [lo, hi] = [1, 10];
		else if (lo <= 0) lo = hi / 1000;
		if (lo === hi) [lo, hi] = [lo / 10, hi * 10];
		// Too close to zero or infinity for logarithms to tell the ends apart.
		if (!(lo > 0 && Number.isFinite(hi)) || Math.log(lo) === Math.log(hi)) [lo, hi] = [1, 10];
	} else if (lo === hi) [lo, hi] = [lo - 0.5, hi + 0.5];
	return [lo, hi];
}

export function makeScale(axis: AxisSpec, range: readonly [number, number]): Scale {
	const scale: Scale = axis.log ? scaleLog() : scaleLinear();
	return scale
		.domain(usableDomain(axis.domain, axis.log))
		.range(range)
		.clamp(axis.clamp ?? false);
}

/** The frame's height: fixed, or from its width and an aspect ratio (width ÷ height). */
export function frameHeight(width: number, height: number | undefined, aspect?: number): number {
	if (height !== undefined) return height;
	return aspect && aspect > 0 ? Math.round(width / aspect) : 240;
}

/** The plot's edges; never narrower or shorter than 1 px, however small the frame. */
export function plotBox(width: number, height: number, margin: Margin): PlotBox {
	return {
		left: margin.left,
		right: Math.max(margin.left + 1, width - margin.right),
		top: margin.top,
		bottom: Math.max(margin.top + 1, height - margin.bottom)
	};
}

/** The powers of ten from `lo` to `hi`. */
export function decades(lo: number, hi: number): number[] {
	const out: number[] = [];
	const [a, b] = lo <= hi ? [lo, hi] : [hi, lo];
	if (!(a > 0) || !Number.isFinite(b)) return out;
	for (let e = Math.ceil(Math.log10(a) - 1e-9); 10 ** e <= b * (1 + 1e-9); e++) out.push(10 ** e);
	return out;
}

/** An axis's ticks: the given values inside the domain, else the scale's own. */
export function axisTicks(scale: Scale, axis: AxisSpec): number[] {
	const [lo, hi] = scale.domain();
	const [a, b] = lo <= hi ? [lo, hi] : [hi, lo];
	if (Array.isArray(axis.ticks)) return axis.ticks.filter((t) => t >= a && t <= b);
	if (axis.log) {
		const powers = decades(a, b);
		// Less than a decade: the scale's 1–9 multiples say more than one lonely power.
		return powers.length >= 2
			? powers
			: scale.ticks(typeof axis.ticks === 'number' ? axis.ticks : 5);
	}
	return scale.ticks(typeof axis.ticks === 'number' ? axis.ticks : 5);
}

const si = d3format('~s');

/** How an axis's ticks read: the caller's format, SI prefixes on a log axis (1k, 10k), else d3's. */
export function tickFormat(scale: Scale, axis: AxisSpec): (value: number) => string {
	if (axis.format) return axis.format;
	if (axis.log) return si;
	return scale.tickFormat(typeof axis.ticks === 'number' ? axis.ticks : 5);
}
