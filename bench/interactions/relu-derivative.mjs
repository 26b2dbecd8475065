import { grabSlider, sweepSlider } from './helpers.mjs';

const SHIFT = 'Bias shift b';
/** The f chart's box, measured once in setup: querying the page on every step would be measured too. */
const probes = new WeakMap();

export const interactions = [
	{
		name: 'relu-derivative: drag the bias shift across its range, 40 layers (GELU drawn too)',
		path: '/relu-derivative#fn=gelu&layers=40',
		async setup(page) {
			await page.getByTestId('unit-grid').waitFor();
			await grabSlider(page, SHIFT);
		},
		step: (page, i, count) => sweepSlider(page, SHIFT, i, count),
		teardown: (page) => page.mouse.up()
	},
	{
		name: 'relu-derivative: hover across the f chart (readout of all six, with autodiff)',
		path: '/relu-derivative',
		async setup(page) {
			await page.getByTestId('probe').scrollIntoViewIfNeeded();
			probes.set(page, await page.getByTestId('probe').boundingBox());
		},
		async step(page, i, count) {
			const box = probes.get(page);
			const phase = (i % count) / count;
			const f = phase < 0.5 ? phase * 2 : 2 - phase * 2;
			await page.mouse.move(box.x + 2 + f * (box.width - 4), box.y + box.height / 2);
		}
	}
];
