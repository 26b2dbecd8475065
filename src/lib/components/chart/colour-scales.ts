/**
 * The heatmaps' colour scales, viridis and cividis (colour-blind safe), as 256 steps each: the
 * same colours as d3-scale-chromatic's interpolateViridis and interpolateCividis (ISC licence),
 * without loading every d3 colour scheme on the pages that draw heatmaps.
 */

export type Scheme = 'viridis' | 'cividis';

export interface Colour {
	r: number;
	g: number;
	b: number;
	/** '#rrggbb' */
	css: string;
	/** Light enough for dark text on top. */
	light: boolean;
}

/** Viridis (van der Walt & Smith), 256 colours as rrggbb. */
const VIRIDIS = [
	'44015444025645045745055946075a46085c460a5d460b5e470d60470e61471063471164471365481467481668481769',
	'48186a481a6c481b6d481c6e481d6f481f70482071482173482374482475482576482677482878482979472a7a472c7a',
	'472d7b472e7c472f7d46307e46327e46337f463480453581453781453882443983443a83443b84433d84433e85423f85',
	'4240864241864142874144874045884046883f47883f48893e49893e4a893e4c8a3d4d8a3d4e8a3c4f8a3c508b3b518b',
	'3b528b3a538b3a548c39558c39568c38588c38598c375a8c375b8d365c8d365d8d355e8d355f8d34608d34618d33628d',
	'33638d32648e32658e31668e31678e31688e30698e306a8e2f6b8e2f6c8e2e6d8e2e6e8e2e6f8e2d708e2d718e2c718e',
	'2c728e2c738e2b748e2b758e2a768e2a778e2a788e29798e297a8e297b8e287c8e287d8e277e8e277f8e27808e26818e',
	'26828e26828e25838e25848e25858e24868e24878e23888e23898e238a8d228b8d228c8d228d8d218e8d218f8d21908d',
	'21918c20928c20928c20938c1f948c1f958b1f968b1f978b1f988b1f998a1f9a8a1e9b8a1e9c891e9d891f9e891f9f88',
	'1fa0881fa1881fa1871fa28720a38620a48621a58521a68522a78522a88423a98324aa8325ab8225ac8226ad8127ad81',
	'28ae8029af7f2ab07f2cb17e2db27d2eb37c2fb47c31b57b32b67a34b67935b77937b87838b9773aba763bbb753dbc74',
	'3fbc7340bd7242be7144bf7046c06f48c16e4ac16d4cc26c4ec36b50c46a52c56954c56856c66758c7655ac8645cc863',
	'5ec96260ca6063cb5f65cb5e67cc5c69cd5b6ccd5a6ece5870cf5773d05675d05477d1537ad1517cd2507fd34e81d34d',
	'84d44b86d54989d5488bd6468ed64590d74393d74195d84098d83e9bd93c9dd93ba0da39a2da37a5db36a8db34aadc32',
	'addc30b0dd2fb2dd2db5de2bb8de29bade28bddf26c0df25c2df23c5e021c8e020cae11fcde11dd0e11cd2e21bd5e21a',
	'd8e219dae319dde318dfe318e2e418e5e419e7e419eae51aece51befe51cf1e51df4e61ef6e620f8e621fbe723fde725'
].join('');

/** Cividis (Nuñez, Anderton & Renslow), as d3's polynomial fit: each channel in 0…255 at t. */
function cividisChannels(t: number): [number, number, number] {
	const c = (v: number) => Math.max(0, Math.min(255, Math.round(v)));
	return [
		c(-4.54 - t * (35.34 - t * (2381.73 - t * (6402.7 - t * (7024.72 - t * 2710.57))))),
		c(32.49 + t * (170.73 + t * (52.82 - t * (131.46 - t * (176.58 - t * 67.37))))),
		c(81.24 + t * (442.36 - t * (2482.43 - t * (6167.24 - t * (6614.94 - t * 2475.67)))))
	];
}

function colour(r: number, g: number, b: number): Colour {
	const hex = (v: number) => v.toString(16).padStart(2, '0');
	// Relative luminance (gamma 2.2) decides between dark and light text on the colour.
	const lum = 0.2126 * (r / 255) ** 2.2 + 0.7152 * (g / 255) ** 2.2 + 0.0722 * (b / 255) ** 2.2;
	return { r, g, b, css: `#${hex(r)}${hex(g)}${hex(b)}`, light: lum > 0.3 };
}

const cache = new Map<Scheme, readonly Colour[]>();

/** The scheme's colours at t = 0, 1/255, …, 1. */
export function colourSteps(scheme: Scheme): readonly Colour[] {
	let steps = cache.get(scheme);
	if (!steps) {
		steps = Array.from({ length: 256 }, (_, i) => {
			if (scheme === 'cividis') return colour(...cividisChannels(i / 255));
			const hex = VIRIDIS.slice(6 * i, 6 * i + 6);
			return colour(
				parseInt(hex.slice(0, 2), 16),
				parseInt(hex.slice(2, 4), 16),
				parseInt(hex.slice(4, 6), 16)
			);
		});
		cache.set(scheme, steps);
	}
	return steps;
}

/** The colour at t in [0, 1] (clamped) as CSS, exactly as d3's interpolateViridis / Cividis. */
export function colourAt(scheme: Scheme, t: number): string {
	const u = Math.max(0, Math.min(1, t));
	if (scheme === 'cividis') return colour(...cividisChannels(u)).css;
	return colourSteps('viridis')[Math.min(255, Math.floor(u * 256))].css;
}
