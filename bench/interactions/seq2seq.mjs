const BOX = 'Number, spelled out';
const TYPED = ' nine';

export const interactions = [
	{
		name: 'seq2seq: type into the source and delete again (each key re-decodes, attention on)',
		path: '/seq2seq#text=ninety%20nine%20thousand%20nine%20hundred%20ninety',
		async setup(page) {
			const box = page.getByRole('textbox', { name: BOX });
			await box.waitFor();
			await page.locator('[data-demo-ready]').waitFor({ state: 'attached', timeout: 60_000 });
			await box.focus();
			await page.keyboard.press('End');
		},
		/** Types “ nine” one key at a time, then takes it back with Backspace, and again. */
		step(page, i) {
			const k = i % (2 * TYPED.length);
			return k < TYPED.length ? page.keyboard.type(TYPED[k]) : page.keyboard.press('Backspace');
		}
	}
];
