/**
 * A hand-built alignment between words and image colours: a colour word (English or Chinese)
 * names a reference colour, a patch has a mean colour, and both are compared in CIELAB, where
 * distance follows perceived difference. It stands in for what a trained multimodal model
 * learns from image–text data; it knows colour words and nothing else.
 */

export type Rgb = readonly [number, number, number];

/** Reference colours in sRGB bytes; several words may name one colour. */
const colours: Record<string, Rgb> = {
	red: [220, 40, 40],
	orange: [240, 140, 30],
	yellow: [240, 220, 40],
	green: [50, 160, 60],
	blue: [40, 90, 220],
	purple: [130, 60, 170],
	pink: [240, 140, 180],
	brown: [130, 80, 40],
	black: [0, 0, 0],
	white: [255, 255, 255],
	grey: [128, 128, 128]
};

const english: Record<string, keyof typeof colours> = {
	red: 'red',
	orange: 'orange',
	yellow: 'yellow',
	green: 'green',
	blue: 'blue',
	purple: 'purple',
	violet: 'purple',
	pink: 'pink',
	brown: 'brown',
	black: 'black',
	white: 'white',
	grey: 'grey',
	gray: 'grey'
};

/** A Chinese colour is one character (红, 红色, 红苹果 all start from it). */
const chinese: Record<string, keyof typeof colours> = {
	红: 'red',
	橙: 'orange',
	黄: 'yellow',
	绿: 'green',
	蓝: 'blue',
	紫: 'purple',
	粉: 'pink',
	棕: 'brown',
	褐: 'brown',
	黑: 'black',
	白: 'white',
	灰: 'grey'
};

/** The colour a word names, as its English name, or null for a word that names none. */
export function colourOfWord(word: string): keyof typeof colours | null {
	const w = word.trim().toLowerCase();
	// Own keys only: "constructor" is no colour.
	if (Object.hasOwn(english, w)) return english[w];
	const first = [...w][0];
	return first !== undefined && Object.hasOwn(chinese, first) ? chinese[first] : null;
}

export function colourRgb(name: keyof typeof colours): Rgb {
	return colours[name];
}

const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 / 116) * t + 16 / 116);

/** sRGB in [0, 1] per channel → CIELAB (D65). */
export function rgbToLab([r, g, b]: readonly number[]): [number, number, number] {
	const [R, G, B] = [r, g, b].map(linear);
	const X = (0.4124 * R + 0.3576 * G + 0.1805 * B) / 0.95047;
	const Y = 0.2126 * R + 0.7152 * G + 0.0722 * B;
	const Z = (0.0193 * R + 0.1192 * G + 0.9505 * B) / 1.08883;
	const [fx, fy, fz] = [f(X), f(Y), f(Z)];
	return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** Perceived difference ΔE (CIE 1976) between two colours given in sRGB [0, 1]. */
export function deltaE(a: readonly number[], b: readonly number[]): number {
	const [p, q] = [rgbToLab(a), rgbToLab(b)];
	return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/** ΔE at which the similarity has fallen to e^(−1/2) ≈ 0.61. */
export const COLOUR_WIDTH = 30;

/** Similarity in (0, 1] of a patch's mean colour to a named colour: exp(−ΔE² / 2σ²). */
export function colourSimilarity(patch: readonly number[], name: keyof typeof colours): number {
	return colourSimilarities([patch], name)[0];
}

/** colourSimilarity of many colours to one name (its Lab value worked out once). */
export function colourSimilarities(
	patches: readonly (readonly number[])[],
	name: keyof typeof colours
): number[] {
	const ref = rgbToLab(colours[name].map((c) => c / 255));
	return patches.map((patch) => {
		const lab = rgbToLab(patch);
		const d = Math.hypot(lab[0] - ref[0], lab[1] - ref[1], lab[2] - ref[2]) / COLOUR_WIDTH;
		return Math.exp(-0.5 * d * d);
	});
}
