// The heaviest replay: the Chinese guide in GPT-4's encoding (most tokens, split characters) under a
// window of 2,048, stepped forward with the stepper's → key (each step rewrites the up to 180 drawn
// tokens: the greyed 30, the window's first 30 and its last 120).
const stepper = (page) => page.getByRole('group', { name: 'Replay the text' });

export const interactions = [
	{
		name: 'context-window: step the replay (Chinese guide, cl100k_base, window 2,048)',
		path: '/context-window#guide=zh&encoding=cl100k&window=2048&pos=2048',
		async setup(page) {
			await page.getByTestId('cw-status').waitFor();
			await stepper(page).focus();
		},
		step: (page, i) => page.keyboard.press(i % 40 < 20 ? 'ArrowRight' : 'ArrowLeft')
	}
];
