import { grabSlider, sweepSlider } from './helpers.mjs';

const QUERY = 'Your question';
const WEIGHT = 'Hybrid: BM25’s share';
/** The store is built and the first results drawn. */
const ready = (page) => page.getByTestId('rag-results').waitFor({ timeout: 60_000 });

export const interactions = [
	{
		name: 'rag: type a query (every method scores every chunk, the prompt is rebuilt)',
		path: '/rag',
		async setup(page) {
			await ready(page);
			await page.getByLabel(QUERY).focus();
			await page.keyboard.press('End');
		},
		step: (page, i) => page.keyboard.type(' attention weights'[i % 18])
	},
	{
		name: 'rag: drag the hybrid weight (rescoring, and the evaluation sweep handed to a worker)',
		path: '/rag',
		async setup(page) {
			await ready(page);
			await grabSlider(page, WEIGHT);
		},
		step: (page, i, count) => sweepSlider(page, WEIGHT, i, count),
		teardown: (page) => page.mouse.up()
	}
];
