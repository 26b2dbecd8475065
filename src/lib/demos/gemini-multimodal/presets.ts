/**
 * Procedurally drawn pictures, so the page needs no image file: each preset is a colour per point
 * (u, v) of the unit square, sampled at the pixel centres of a side × side image.
 */
import type { RgbaImage } from '$lib/math/patches';

export const presets = ['apple', 'stripes', 'sunset'] as const;
export type Preset = (typeof presets)[number];

type Rgb = readonly [number, number, number];
type Paint = (u: number, v: number) => Rgb;

/** A between a and b; gradients are drawn from a few fixed steps, so no colour is allocated per pixel. */
function gradient(a: Rgb, b: Rgb, steps = 64): (t: number) => Rgb {
	const table = Array.from({ length: steps + 1 }, (_, i): Rgb => {
		const t = i / steps;
		return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
	});
	return (t) => table[Math.round(Math.min(1, Math.max(0, t)) * steps)];
}
const appleShade = gradient([235, 45, 40], [150, 20, 25]);
const sky = gradient([60, 110, 225], [150, 195, 250]);
const dusk = gradient([95, 45, 150], [245, 130, 40]);
const within = (du: number, dv: number, r: number) => du * du + dv * dv < r * r;
/** Flat colours, made once: a 512 px picture asks for a quarter of a million pixels. */
const stem: Rgb = [110, 70, 35];
const leaf: Rgb = [60, 170, 60];
const grass: Rgb = [55, 150, 55];
const yellow: Rgb = [245, 215, 40];
const red: Rgb = [215, 35, 45];
const white: Rgb = [250, 250, 250];
const blue: Rgb = [35, 70, 190];
const hills: Rgb = [15, 15, 20];
const sun: Rgb = [250, 220, 60];

const paints: Record<Preset, Paint> = {
	/** A red apple with a brown stem and a green leaf, on green grass under a blue sky. */
	apple: (u, v) => {
		if (within(u - 0.5, (v - 0.58) * 1.05, 0.24)) return appleShade((u - 0.35) / 0.6);
		if (Math.abs(u - 0.5) < 0.015 && v > 0.27 && v < 0.36) return stem;
		if (within(u - 0.56, v - 0.3, 0.05)) return leaf;
		return v < 0.62 ? sky(v / 0.62) : grass;
	},
	/** Red, white and blue stripes with a yellow square: colours in sharp blocks. */
	stripes: (u, v) => {
		if (u > 0.08 && u < 0.3 && v > 0.08 && v < 0.3) return yellow;
		return v < 1 / 3 ? red : v < 2 / 3 ? white : blue;
	},
	/** A sunset: purple to orange sky, a yellow sun, black hills. */
	sunset: (u, v) => {
		if (v > 0.72 + 0.06 * Math.sin(u * 9)) return hills;
		if (within(u - 0.62, v - 0.62, 0.12)) return sun;
		return dusk(v / 0.75);
	}
};

/** The preset drawn at side × side pixels (RGBA bytes, as a canvas holds them). */
export function presetImage(preset: Preset, side: number): RgbaImage {
	const data = new Uint8ClampedArray(side * side * 4);
	const paint = paints[preset];
	for (let y = 0; y < side; y++) {
		for (let x = 0; x < side; x++) {
			const [r, g, b] = paint((x + 0.5) / side, (y + 0.5) / side);
			const i = (y * side + x) * 4;
			data[i] = r;
			data[i + 1] = g;
			data[i + 2] = b;
			data[i + 3] = 255;
		}
	}
	return { width: side, height: side, data };
}
