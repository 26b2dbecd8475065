// The largest drawing: GPT's one causal sequence over a 16-token prompt, the separator and up to
// 16 answer tokens (33 × 33 weights). Each arrow key moves one generation step, so the sequence,
// its attention and the heatmap are recomputed and redrawn.
const LONG =
	'/encoders-vs-decoders#arch=decoder&step=8' +
	'&src=' +
	encodeURIComponent(
		'Encoders process input sequences into abstract representations and decoders generate outputs using encoder outputs and prior tokens'
	) +
	'&tgt=' +
	encodeURIComponent('编码器将输入序列处理成抽象表示，解码器使用编码器输出和先前的词元生成输出');

const stepper = (page) => page.getByRole('group', { name: 'Generation steps' });

export const interactions = [
	{
		name: 'encoders-vs-decoders: step GPT’s generation back and forth (up to 33 tokens)',
		path: LONG,
		async setup(page) {
			await page.getByTestId('step-readout').waitFor();
			// The group, not its Step button: that button is disabled at the last step, focus would
			// fall to the page, and the next ← would go to the previous question.
			await stepper(page).focus();
		},
		/** Eight steps forward, eight back. */
		step: (page, i) => page.keyboard.press(i % 16 < 8 ? 'ArrowRight' : 'ArrowLeft')
	}
];
