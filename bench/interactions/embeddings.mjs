import { grabSlider, sweepSlider } from './helpers.mjs';

const K = 'Nearest neighbours shown';
const WORDS = ['attention', 'model', 'training', 'bert', 'tokens', 'loss', 'data', 'softmax'];

/** Waits until the skip-gram run has sent its first vectors (the learned map is drawn). */
const learnedMap = (page) => page.getByTestId('sgns-map').waitFor();

export const interactions = [
	{
		name: 'embeddings: drag the neighbour count (both models ranked, both maps relabelled)',
		path: '/embeddings#word=model',
		async setup(page) {
			await learnedMap(page);
			await grabSlider(page, K);
		},
		step: (page, i, count) => sweepSlider(page, K, i, count),
		teardown: (page) => page.mouse.up()
	},
	{
		name: 'embeddings: type in the word search (one key per input)',
		path: '/embeddings',
		async setup(page) {
			await learnedMap(page);
			const box = page.getByRole('combobox', { name: 'Word' });
			await box.scrollIntoViewIfNeeded();
			await box.click();
		},
		/** Types the words one letter at a time, clearing the box with a Backspace run between words. */
		async step(page, i) {
			const text = WORDS.join(' ');
			const ch = text[i % text.length];
			await page.keyboard.press(ch === ' ' ? 'Control+A' : ch);
		}
	}
];
