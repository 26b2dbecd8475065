/**
 * The heaviest input: typing in a label description, which re-embeds it and re-classifies the
 * guide's 161 answer sentences (the confusion matrix redrawn) and the sentence above.
 */
const box = (page) => page.getByRole('textbox', { name: 'Decoding', exact: true });

export const interactions = [
	{
		name: 'zero-shot: type in a label description (re-classify 161 sentences, redraw the matrix)',
		path: '/zero-shot#decoding=sampling%20the%20next%20token',
		async setup(page) {
			await page.locator('[data-demo-ready]').waitFor({ state: 'attached' });
			await box(page).scrollIntoViewIfNeeded();
			await box(page).focus();
			await page.keyboard.press('End');
		},
		/** Delete the last letter ("toke": unknown) and type it back ("token"): the vector changes each time. */
		step: (page, i) => page.keyboard.press(i % 2 === 0 ? 'Backspace' : 'n')
	}
];
