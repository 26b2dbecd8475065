import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

const imageTokens = (page: Page) => page.getByTestId('image-tokens');

test('patch size and resolution change the patches, the counts and the hash; reload restores them; a colour word lights its patches', async ({
	page
}) => {
	await open(page, '/gemini-multimodal');
	// ViT's 224 px at 16 px: 196 patch tokens, plus the 10 words of the example.
	await expect(imageTokens(page)).toHaveText('196');
	await expect(page.getByTestId('total-tokens')).toHaveText('206');
	const picture = page.getByRole('slider', { name: /cut into 14 × 14 patches/ });
	await expect(picture).toBeVisible();

	await page.getByRole('slider', { name: 'Patch size P' }).fill('32');
	await expect(page).toHaveURL(/p=32/);
	await expect(imageTokens(page)).toHaveText('49');
	await expect(page.getByRole('slider', { name: /cut into 7 × 7 patches/ })).toBeVisible();
	await page.getByRole('slider', { name: 'Resolution' }).fill('512');
	await expect(page).toHaveURL(/res=512/);
	await expect(imageTokens(page)).toHaveText('256');

	// The arrow keys move the selected patch.
	const grid = page.getByRole('slider', { name: /cut into 16 × 16 patches/ });
	await grid.focus();
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/sel=\d+/);

	// "blue" against every patch's colour; "apple" names no colour.
	await page.getByRole('button', { name: 'blue', exact: true }).click();
	await expect(page).toHaveURL(/word=8/);
	await expect(page.getByTestId('similarity-note')).toContainText('“blue” is compared');
	await page.getByRole('button', { name: 'apple', exact: true }).click();
	await expect(page.getByTestId('similarity-note')).toContainText('“apple” names no colour');
	await expect(page).toHaveURL(/word=2/);

	await page.reload();
	await expect(imageTokens(page)).toHaveText('256');
	await expect(page.getByTestId('similarity-note')).toContainText('“apple” names no colour');
});

test('the reader’s file: not an image gets a message, a 40-megapixel one is scaled down, neither goes into the link', async ({
	page
}) => {
	await open(page, '/gemini-multimodal#p=32');
	const input = page.getByLabel('Or your own image');
	await input.setInputFiles({
		name: 'notes.png',
		mimeType: 'image/png',
		buffer: Buffer.from('this is not a picture')
	});
	await expect(page.getByRole('alert')).toContainText(
		'“notes.png” could not be decoded as an image'
	);

	// A 8,000 × 5,000 PNG drawn in the page (one colour, so the file itself is small).
	const base64 = await page.evaluate(async () => {
		const canvas = new OffscreenCanvas(8000, 5000);
		const ctx = canvas.getContext('2d')!;
		ctx.fillStyle = '#2050d0';
		ctx.fillRect(0, 0, 8000, 5000);
		const bytes = new Uint8Array(await (await canvas.convertToBlob()).arrayBuffer());
		let s = '';
		for (const b of bytes) s += String.fromCharCode(b);
		return btoa(s);
	});
	await input.setInputFiles({
		name: 'huge.png',
		mimeType: 'image/png',
		buffer: Buffer.from(base64, 'base64')
	});
	await expect(page.getByTestId('upload')).toContainText('(8000 × 5000)');
	await expect(page.getByTestId('upload')).toContainText(
		'Your image is 40.0 megapixels: it was scaled down on a canvas to 1024 px'
	);
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(imageTokens(page)).toHaveText('49');
	expect(page.url()).not.toContain('huge');
	await page.getByRole('button', { name: 'Back to the preset' }).click();
	await expect(page.getByTestId('upload')).toHaveCount(0);
});
