// The largest expression the chain-rule page accepts: eleven neurons tanh(wₖ·xₖ + bₖ)·yₖ summed,
// 98 syntax nodes (the limit is 100), 98 graph nodes (44 variables, 54 operations) and 109 steps.
const terms = Array.from({ length: 11 }, (_, i) => `tanh(w${i}*x${i} + b${i}) * y${i}`);
const BIG = `/chain-rule#expr=${encodeURIComponent(terms.join(' + '))}`;

const expression = (page) => page.getByRole('textbox', { name: 'Expression f =' });
const stepper = (page) =>
	page.getByRole('group', { name: 'Steps of the forward and backward pass' });

export const interactions = [
	{
		name: 'chain-rule: type into a 98-node expression (parse, layout, passes, check, redraw)',
		path: BIG,
		async setup(page) {
			await expression(page).click();
			await page.keyboard.press('Control+End');
		},
		/**
		 * A digit typed onto the last variable's name, then deleted: each keystroke renames a variable,
		 * so the graph is built, laid out, run, checked and drawn again.
		 */
		step: (page, i) => page.keyboard.press(i % 2 ? 'Backspace' : '7')
	},
	{
		name: 'chain-rule: step back and forth through the passes of a 98-node graph',
		path: BIG,
		async setup(page) {
			await stepper(page).focus();
		},
		/** Back through the backward pass and forward again, one step per key. */
		step: (page, i, count) =>
			page.keyboard.press(i % count < count / 2 ? 'ArrowLeft' : 'ArrowRight')
	}
];
