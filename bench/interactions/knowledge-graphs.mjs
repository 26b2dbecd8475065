/**
 * Typing a claim: every keystroke reads the claim again (entity names, relation cues), checks it
 * against the graph, and redraws the graph's highlights (91 nodes, 81 arrows) and the verdict.
 */
const claim = (page) => page.getByRole('textbox', { name: 'Claim' });

export const interactions = [
	{
		name: 'knowledge-graphs: type and erase a claim, one key at a time',
		path: '/knowledge-graphs#claim=The%20transformer%20uses%20',
		async setup(page) {
			await claim(page).waitFor();
			await claim(page).focus();
			await page.keyboard.press('End');
		},
		/** "self-attention" typed key by key, then erased: the verdict flips as names complete. */
		step(page, i, count) {
			const word = 'self-attention';
			const phase = i % count;
			const half = count / 2;
			if (phase < half) return page.keyboard.press(word[phase % word.length]);
			return page.keyboard.press('Backspace');
		}
	}
];
