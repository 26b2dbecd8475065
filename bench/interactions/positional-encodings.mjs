import { grabSlider, sweepSlider } from './helpers.mjs';

const LENGTH = 'Length (positions)';
const D_MODEL = 'd_model (dimensions)';

/** Sweep one slider back and forth while the encodings, their wave and PE·PEᵀ redraw. */
const dragSlider = (name, slider) => ({
	name,
	path: '/positional-encodings#len=512&d=512',
	async setup(page) {
		await page.getByRole('application', { name: /^Sinusoidal positional encodings/ }).waitFor();
		await grabSlider(page, slider);
	},
	step: (page, i, count) => sweepSlider(page, slider, i, count),
	teardown: (page) => page.mouse.up()
});

export const interactions = [
	dragSlider('positional-encodings: drag the length slider, up to 512 × 512 encodings', LENGTH),
	dragSlider('positional-encodings: drag the d_model slider, up to 512 × 512 encodings', D_MODEL)
];
