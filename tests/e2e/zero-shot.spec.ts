import type { Page } from '@playwright/test';
import { expect, hashSettled, open, test } from './fixtures';

const accuracy = (page: Page) => page.getByTestId('accuracy');
const verdict = (page: Page) => page.getByTestId('verdict');
const sentence = (page: Page) => page.getByRole('textbox', { name: 'Sentence to classify' });

test('a label description changes the verdict, the accuracy and the hash; a reload restores it', async ({
	page
}) => {
	await open(page, '/zero-shot');
	await page.locator('[data-demo-ready]').waitFor();
	await expect(accuracy(page)).toHaveText(/of 161 sentences = \d+\.\d %/);
	const before = await accuracy(page).textContent();
	await expect(verdict(page)).toHaveText(/^Classified as Foundations/);
	const cells = await page.locator('.demo-area .demo-table.scores tbody td').allTextContents();

	const decoding = page.getByRole('textbox', { name: 'Decoding', exact: true });
	await decoding.fill('sampling the next token from the softmax');
	await expect(page).toHaveURL(/decoding=sampling/);
	await expect(verdict(page)).toHaveText(/^Classified as Decoding/);
	await expect(accuracy(page)).not.toHaveText(before!);
	const after = await accuracy(page).textContent();
	expect(
		await page.locator('.demo-area .demo-table.scores tbody td').allTextContents()
	).not.toEqual(cells);

	await hashSettled(page);
	await page.reload();
	await page.locator('[data-demo-ready]').waitFor();
	await expect(decoding).toHaveValue('sampling the next token from the softmax');
	await expect(accuracy(page)).toHaveText(after!);
	await expect(verdict(page)).toHaveText(/^Classified as Decoding/);

	// An emptied description: its label can take no sentence, and says so.
	await decoding.fill('');
	await expect(page.getByText('The description of Decoding is empty')).toBeVisible();
	await expect(
		page.locator('.demo-area .demo-table.scores tbody tr', { hasText: 'Decoding' })
	).toContainText('no prototype');
});

test('bad sentences get a message; a Chinese sentence is classified against Chinese descriptions', async ({
	page
}) => {
	await open(page, '/zero-shot');
	await page.locator('[data-demo-ready]').waitFor();
	await sentence(page).fill('');
	await expect(page.getByText('Type a sentence to classify.')).toBeVisible();
	await sentence(page).fill('🐱🚀 !!');
	await expect(page.getByText('This text has no words')).toBeVisible();
	await sentence(page).fill('zebra quokka');
	await expect(page.getByText('None of its words is in the guide’s vocabulary')).toBeVisible();
	await sentence(page).fill('attention '.repeat(1000));
	await expect(page.getByText('The box keeps at most 2,000 characters')).toBeVisible();
	await expect(verdict(page)).toHaveText(/^Classified as Architecture/);

	await page.evaluate(() => localStorage.setItem('llmp.lang', 'zh'));
	await page.goto('about:blank');
	await open(page, '/zero-shot#text=每个注意力头把查询与键比较，以此给值加权。');
	await page.locator('[data-demo-ready]').waitFor();
	await expect(page.getByRole('textbox', { name: '解码', exact: true })).toHaveValue(/词元/);
	await expect(verdict(page)).toHaveText(/^分类结果：/);
	await expect(accuracy(page)).toHaveText(/161 个句子中对了 \d+ 个/);
});
