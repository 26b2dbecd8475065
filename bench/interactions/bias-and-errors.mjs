import { grabSlider, sweepSlider } from './helpers.mjs';

/**
 * Dragging the stereotype slider: every new setting asks for new word vectors, WEAT and 5-grams.
 * They train in a worker (a superseded run is cancelled), so what the main thread pays per input
 * is starting that run and redrawing whatever result has arrived.
 */
const SKEW = 'Sentences that follow the stereotype';

export const interactions = [
	{
		name: 'bias-and-errors: drag the stereotype slider across its range (retraining in a worker)',
		path: '/bias-and-errors',
		async setup(page) {
			await page.getByTestId('weat').waitFor();
			await grabSlider(page, SKEW);
		},
		step: (page, i, count) => sweepSlider(page, SKEW, i, count),
		teardown: (page) => page.mouse.up()
	}
];
