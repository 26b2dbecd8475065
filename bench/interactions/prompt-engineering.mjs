// The heaviest input: typing into a prompt that overflows the context (about 100 tokens, all
// drawn as chips, the ones outside the window struck out), with both readings drawn. Each key
// re-encodes the prompt and redraws its chips; the model reads it in a worker once typing rests.
const LONG = 'Question: What is the context window in LLMs? Answer: the model reads tokens '.repeat(
	4
);

export const interactions = [
	{
		name: 'prompt-engineering: type into an over-long prompt',
		path: `/prompt-engineering#b=${encodeURIComponent(LONG)}`,
		async setup(page) {
			await page.getByTestId('prompt-continuation-B').waitFor({ timeout: 60_000 });
			const box = page.getByRole('textbox', { name: 'Prompt B' });
			await box.focus();
			await box.press('End');
		},
		step: (page, i) => page.keyboard.press(i % 2 === 0 ? 'x' : 'Backspace')
	}
];
