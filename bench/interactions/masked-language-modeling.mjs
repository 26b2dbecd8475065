/**
 * Sweeping the mask rate over a text of 64 tokens or more: every move that changes the rate
 * chooses other blanks (up to 32) and fills each from both sides and from the left over the
 * whole vocabulary, then redraws the table, the two candidate charts and the sweep's marker.
 */
import { grabSlider, sweepSlider } from './helpers.mjs';

const RATE = 'Mask rate';
const text = encodeURIComponent(
	'Masked language modeling involves hiding random tokens in a sequence and training the model to predict them based on context. Used in models like BERT, it fosters bidirectional understanding of language, enabling the model to grasp semantic relationships, and this pretraining approach equips models for tasks like sentiment analysis or question answering.'
);

export const interactions = [
	{
		name: 'masked-language-modeling: drag the mask rate across 5–50% (64 tokens, up to 32 blanks)',
		path: `/masked-language-modeling#text=${text}&rate=0.05`,
		async setup(page) {
			await page.getByTestId('blank-table').waitFor();
			// The accuracy sweep loads when scrolled near: bring it in and let it finish in its
			// worker, so that its progress does not draw meanwhile.
			await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
			await page.getByRole('heading', { name: /^Fill-in accuracy/ }).waitFor();
			await page.getByTestId('sweep-progress').waitFor({ state: 'detached', timeout: 120_000 });
			await grabSlider(page, RATE);
		},
		step: (page, i, count) => sweepSlider(page, RATE, i, count),
		teardown: (page) => page.mouse.up()
	}
];
