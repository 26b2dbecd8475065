import type { Page } from '@playwright/test';
import { choose, expect, open, test } from './fixtures';

const readout = (page: Page) => page.getByTestId('step-readout');

test('steps, architectures and blocks change the drawing and the hash; reload restores them; a token lights what it sees', async ({
	page
}) => {
	await open(page, '/encoders-vs-decoders');
	await expect(readout(page)).toHaveText(
		'Step 2 of 9: the decoder reads 3 tokens and is trained to predict “将”.'
	);
	await expect(
		page.getByRole('heading', { name: 'Cross-attention (decoder queries, encoder keys)' })
	).toBeVisible();

	// The stepper: one more target token for the decoder.
	await page.getByRole('button', { name: 'Step ▶' }).click();
	await expect(page).toHaveURL(/step=3/);
	await expect(readout(page)).toContainText('the decoder reads 4 tokens');

	// A block of the diagram shows its attention.
	await page.getByRole('button', { name: 'Show the Encoder self-attention (full)' }).click();
	await expect(page).toHaveURL(/view=encoder/);
	await expect(page.getByRole('heading', { name: 'Encoder self-attention (full)' })).toBeVisible();

	// Focusing a decoder token: it sees the whole source (cross-attention) and the decoder up to itself.
	const decoderTokens = page.getByRole('list', { name: 'Decoder input at this step' });
	await decoderTokens.getByRole('button', { name: '编码' }).focus();
	await expect(page.getByTestId('sees')).toContainText('“编码” can see 9 tokens');
	// A source token sees the source only.
	await page
		.getByRole('list', { name: 'Source tokens (encoder input)' })
		.getByRole('button', { name: 'input' })
		.hover();
	await expect(page.getByTestId('sees')).toContainText('“input” can see 7 tokens');

	// GPT: one causal sequence over prompt and output.
	await choose(page, 'Decoder-only (GPT)');
	await expect(page).toHaveURL(/arch=decoder/);
	await expect(readout(page)).toHaveText(
		'Step 3 of 9: the model reads 11 tokens (prompt and answer so far) and is trained to predict “输入”.'
	);
	await expect(
		page.getByRole('heading', { name: 'Decoder masked self-attention (causal)' })
	).toBeVisible();
	// Cells keep their size while stepping: one more token adds a row and a column.
	const cells = page.locator('g.cell');
	const grid = page.locator('g:has(> g.cell)');
	await expect(cells).toHaveCount(11 * 11);
	const sized = await grid.getAttribute('transform');
	await page.getByRole('button', { name: 'Step ▶' }).click();
	await expect(cells).toHaveCount(12 * 12);
	await expect(grid).toHaveAttribute('transform', sized!);
	await page.getByRole('button', { name: '◀ Back' }).click();
	await expect(cells).toHaveCount(11 * 11);
	await expect(page).toHaveURL(/step=3/);

	await page.reload();
	await expect(readout(page)).toContainText('Step 3 of 9: the model reads 11 tokens');
	await choose(page, 'Encoder-only (BERT)');
	await expect(page.getByText('An encoder-only model does not generate')).toBeVisible();
	await expect(readout(page)).toHaveCount(0);
});

test('an empty source and a very long one are answered with a message', async ({ page }) => {
	await open(page, '/encoders-vs-decoders');
	await page.getByLabel('Source sentence (encoder input)').fill('');
	await expect(page.getByText('The source sentence is empty')).toBeVisible();
	await page.getByLabel('Source sentence (encoder input)').fill(Array(400).fill('word').join(' '));
	await expect(
		page.getByText('The source has 400 tokens; these views use the first 16.')
	).toBeVisible();
	await expect(readout(page)).toContainText('Step 2 of 9');
});

test('the heatmap’s cell texts follow the step and the language', async ({ page }) => {
	await open(page, '/encoders-vs-decoders#arch=decoder&step=3');
	await expect(page.locator('g.cell')).toHaveCount(11 * 11);
	const seen = page.locator('g.cell[data-cell="10-3"]');
	const masked = page.locator('g.cell[data-cell="3-10"]');
	await expect(seen).toHaveAttribute('aria-label', /^\S+ \(10\) → \S+ \(3\): weight \d\.\d\d$/);
	await expect(masked).toHaveAttribute(
		'aria-label',
		/^\S+ \(3\) → \S+ \(10\): masked \(weight 0\)$/
	);
	// A step and back: the cells there before keep their texts, the new row has its own.
	const before = await seen.getAttribute('aria-label');
	await page.getByRole('button', { name: 'Step ▶' }).click();
	await expect(page.locator('g.cell[data-cell="11-3"]')).toHaveAttribute(
		'aria-label',
		/^\S+ \(11\) → \S+ \(3\): weight \d\.\d\d$/
	);
	await page.getByRole('button', { name: '◀ Back' }).click();
	await expect(seen).toHaveAttribute('aria-label', before!);
	// Another language writes every text again.
	await page.getByRole('button', { name: 'Show the site in Chinese' }).click();
	await expect(seen).toHaveAttribute('aria-label', /^\S+ \(10\) → \S+ \(3\)：权重 \d\.\d\d$/);
	await expect(masked).toHaveAttribute('aria-label', /：被掩码遮住（权重 0）$/);
});
