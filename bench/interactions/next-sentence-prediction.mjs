/**
 * Dragging the threshold: both tasks' accuracies and best accuracies, the rules across both strip
 * plots and the dots on both ROC curves follow (111 pairs each).
 */
import { grabSlider, sweepSlider } from './helpers.mjs';

const THRESHOLD = /^Threshold/;

export const interactions = [
	{
		name: 'next-sentence-prediction: drag the threshold across its range (2 × 111 pairs)',
		path: '/next-sentence-prediction',
		async setup(page) {
			await page.getByTestId('seeds').waitFor();
			await grabSlider(page, THRESHOLD);
		},
		step: (page, i, count) => sweepSlider(page, THRESHOLD, i, count),
		teardown: (page) => page.mouse.up()
	}
];
