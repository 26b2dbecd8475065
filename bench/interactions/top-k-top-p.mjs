import { grabSlider, sweepSlider } from './helpers.mjs';

const drag = (name, slider, path) => ({
	name,
	path,
	async setup(page) {
		await page.getByTestId('survivors').waitFor();
		await grabSlider(page, slider);
	},
	step: (page, i, count) => sweepSlider(page, slider, i, count),
	teardown: (page) => page.mouse.up()
});

const P = 'Top-p: p';
const K = 'Top-k: k';

export const interactions = [
	drag(
		'top-k-top-p: drag p across its range, 50,257-token vocabulary (top-p alone)',
		P,
		'/top-k-top-p#source=vocab&mode=top-p'
	),
	drag(
		'top-k-top-p: drag k across its range, 50,257-token vocabulary (top-k, then top-p)',
		K,
		'/top-k-top-p#source=vocab'
	),
	drag('top-k-top-p: drag p across its range, example (12 tokens)', P, '/top-k-top-p'),
	drag('top-k-top-p: drag k across its range, example (12 tokens)', K, '/top-k-top-p'),
	drag(
		'top-k-top-p: drag p across its range, model mode (n-gram, full vocabulary, all filters)',
		P,
		'/top-k-top-p#source=model&mode=all'
	)
];
