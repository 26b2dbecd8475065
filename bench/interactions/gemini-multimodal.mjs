import { grabSlider, sweepSlider } from './helpers.mjs';

const RES = 'Resolution';

export const interactions = [
	{
		// The finest patches: at 512 px, 64 × 64 = 4,096 patch tokens, each drawn, averaged and
		// compared with the colour word; the preset is redrawn at every resolution.
		name: 'gemini-multimodal: drag the resolution across its range at 8 px patches',
		path: '/gemini-multimodal#p=8',
		async setup(page) {
			await page.getByTestId('image-tokens').waitFor();
			await grabSlider(page, RES);
		},
		step: (page, i, count) => sweepSlider(page, RES, i, count),
		teardown: (page) => page.mouse.up()
	}
];
