/** A 256-token sentence (the most the attention view draws): 65,536 cells per head, on canvas. */
const sentence =
	'The attention mechanism allows LLMs to weigh the importance of different tokens in a sequence when generating or interpreting text , and the cat chased the mouse . ';
const words = sentence.repeat(12).trim().split(' ').slice(0, 256).join(' ');
const PATH = `/attention#text=${encodeURIComponent(words)}`;
/** The largest sentence still drawn as SVG: 64 tokens, 4,096 focusable cells. */
const PATH_SVG = `/attention#text=${encodeURIComponent(words.split(' ').slice(0, 64).join(' '))}`;

/** The canvas heatmap of the selected head, scrolled into view; returns its box. */
async function heatmap(page) {
	// After hydration the hash is read and the demo redrawn for the long sentence.
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const picture = page.getByRole('application', { name: /^Attention weights of the/ });
	await picture.waitFor();
	await picture.scrollIntoViewIfNeeded();
	return picture.boundingBox();
}

/** The tiny GPT's heads on the longest sentence it reads: 64 BPE tokens, 4,096 SVG cells. */
const PATH_GPT = `/attention#src=gpt&text=${encodeURIComponent(words)}`;

let box;

export const interactions = [
	{
		name: 'attention: hover across the 256 × 256 heatmap (readout and crosshair follow)',
		path: PATH,
		async setup(page) {
			box = await heatmap(page);
		},
		// A diagonal zigzag: every event lands on a new cell, row and column.
		step: (page, i, count) => {
			const f = (i % count) / count;
			const g = ((i * 37) % count) / count;
			return page.mouse.move(box.x + 2 + f * (box.width - 4), box.y + 2 + g * (box.height - 4));
		}
	},
	{
		name: 'attention: switch between the 8 heads on 256 tokens (recompute and repaint)',
		path: PATH,
		async setup(page) {
			await heatmap(page);
			await page.getByRole('radio', { name: 'Similar words' }).focus();
		},
		// Arrow keys move through the head radios, wrapping around all eight.
		step: (page) => page.keyboard.press('ArrowRight')
	},
	{
		name: 'attention: switch between the 8 heads on 64 tokens (SVG: 4,096 cells, relabelled when idle)',
		path: PATH_SVG,
		async setup(page) {
			await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
			const picture = page.getByRole('group', { name: /^Attention weights of the/ });
			await picture.waitFor();
			await picture.scrollIntoViewIfNeeded();
			await page.getByRole('radio', { name: 'Similar words' }).focus();
		},
		step: (page) => page.keyboard.press('ArrowRight')
	},
	{
		name: 'attention: switch between the tiny GPT’s 4 heads on 64 tokens (its context; SVG: 4,096 cells)',
		path: PATH_GPT,
		async setup(page) {
			await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
			// The model reads the sentence in a worker first: its checkpoint, its BPE, a forward pass.
			const picture = page.getByRole('group', {
				name: /^Attention weights of the “layer 1, head 1”/
			});
			await picture.waitFor({ timeout: 60_000 });
			await picture.scrollIntoViewIfNeeded();
			await page
				.getByRole('group', { name: 'Head', exact: true })
				.getByRole('radio', { name: '1', exact: true })
				.focus();
		},
		// Arrow keys move through the head radios, wrapping around all four.
		step: (page) => page.keyboard.press('ArrowRight')
	}
];
