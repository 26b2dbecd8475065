import { grabSlider, sweepSlider } from './helpers.mjs';

const PROMPT = 'Prompt length (tokens)';

export const interactions = [
	{
		name: 'deployment-challenges: drag the prompt length, Llama 3 70B at batch 256 (every figure, GPU row and batch point recomputed)',
		path: '/deployment-challenges#model=llama3-70b&batch=256',
		async setup(page) {
			await page.locator('[data-demo-ready]').waitFor({ state: 'attached' });
			await grabSlider(page, PROMPT);
		},
		step: (page, i, count) => sweepSlider(page, PROMPT, i, count),
		teardown: (page) => page.mouse.up()
	}
];
