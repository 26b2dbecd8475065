/**
 * Typing Q's weights with 8 words: every keystroke recomputes both directions and redraws the
 * bars and both term charts (the Gaussian fit runs in a worker and is not measured here).
 */
const field = (page) => page.getByRole('spinbutton', { name: 'Q weight of “clear”' });

export const interactions = [
	{
		name: 'kl-divergence: step a weight of Q up and down with the keyboard (8 words)',
		path: '/kl-divergence#p=40,30,15,10,5,20,25,8&q=20,20,20,20,20,20,20,20',
		async setup(page) {
			await field(page).waitFor();
			await field(page).focus();
		},
		/** ArrowUp for the first half of the sweep, ArrowDown for the second. */
		step: (page, i, count) =>
			page.keyboard.press((i % count) / count < 0.5 ? 'ArrowUp' : 'ArrowDown')
	}
];
