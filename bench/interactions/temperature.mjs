import { grabSlider, sweepSlider } from './helpers.mjs';

const T = 'Temperature T';

const dragTemperature = (name, path, ready) => ({
	name,
	path,
	async setup(page) {
		await page.getByTestId('top-token').waitFor();
		await ready?.(page);
		await grabSlider(page, T);
	},
	step: (page, i, count) => sweepSlider(page, T, i, count),
	teardown: (page) => page.mouse.up()
});

export const interactions = [
	dragTemperature('temperature: drag T across its range, example (12 tokens)', '/temperature'),
	dragTemperature(
		'temperature: drag T across its range, model mode (n-gram, full vocabulary)',
		'/temperature#source=model'
	),
	dragTemperature(
		'temperature: drag T across its range, 50,257-token vocabulary',
		'/temperature#source=vocab'
	)
];
