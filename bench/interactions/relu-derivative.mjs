import { grabSlider, sweepSlider } from './helpers.mjs';

const SHIFT = 'Bias shift b';

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
		setup: (page) => page.getByTestId('probe').scrollIntoViewIfNeeded(),
		async step(page, i, count) {
			const box = await page.getByTestId('probe').boundingBox();
			const phase = (i % count) / count;
			const f = phase < 0.5 ? phase * 2 : 2 - phase * 2;
			await page.mouse.move(box.x + 2 + f * (box.width - 4), box.y + box.height / 2);
		}
	}
];
