// The heaviest input: typing into the prompt once the tiny GPT is loaded. Each key reseeds the
// five word-level n-gram continuations on the page and asks for the GPT's and the character
// n-gram's continuations, which start in workers once typing pauses.
const PROMPT = 'Prompt';
const WORD = 'attention ';

export const interactions = [
	{
		name: 'llm-vs-statistical-lm: type into the prompt (English, with the tiny GPT loaded)',
		path: '/llm-vs-statistical-lm',
		async setup(page) {
			// The GPT's part loads once scrolled to.
			await page.getByTestId('gpt-section').scrollIntoViewIfNeeded();
			await page.getByTestId('gpt-table').waitFor({ timeout: 180_000 });
			const box = page.getByLabel(PROMPT, { exact: true });
			await box.scrollIntoViewIfNeeded();
			await box.focus();
			await page.keyboard.press('End');
		},
		// Type a word, then delete it, so the prompt stays short and the text stays the guide's.
		step: (page, i) => {
			const k = i % (2 * WORD.length);
			return k < WORD.length ? page.keyboard.type(WORD[k]) : page.keyboard.press('Backspace');
		}
	}
];
