// Switching the guide's language redraws the four bars from the four tokenizations (both encodings
// of both guides are tokenized once, when the demo loads).
const choice = (page, name) => page.getByRole('radio', { name });

export const interactions = [
	{
		name: 'gpt4-vs-gpt3: switch the guide between English and Chinese',
		path: '/gpt4-vs-gpt3#tokenize=1',
		async setup(page) {
			await page.getByTestId('gv-bars').waitFor();
			await choice(page, 'The guide in English').focus();
		},
		step: (page, i) => page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft')
	}
];
