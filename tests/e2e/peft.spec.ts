import { expect, hashSettled, open, test } from './fixtures';

test('the model and the prefix length change the counts and the hash; a reload restores them', async ({
	page
}) => {
	await open(page, '/peft#model=gpt2-small');
	await page.locator('[data-demo-ready]').waitFor();
	const method = (id: string) => page.locator(`[data-method="${id}"] .formula`);
	// GPT-2 small's 102,144 biases, counted by hand in src/lib/math/peft.test.ts.
	await expect(method('bitfit')).toContainText('= 102,144');

	await page.getByLabel('Model').selectOption('mistral-7b');
	await expect(page).toHaveURL(/model=mistral-7b/);
	await expect(method('bitfit')).toContainText('= 0');
	await expect(page.getByText('has no bias terms')).toBeVisible();
	await expect(method('lora')).toContainText('32 × 8 × (8,192 + 5,120) = 3,407,872');

	await page.getByRole('slider', { name: 'Prefix length p' }).focus();
	await page.keyboard.press('ArrowLeft');
	await expect(page).toHaveURL(/p=8/);
	await expect(method('prefix')).toContainText('2 × 32 × 8 × (8 × 128) = 524,288');
	await hashSettled(page);

	await page.reload();
	await page.locator('[data-demo-ready]').waitFor();
	await expect(method('prefix')).toContainText('= 524,288');
	await expect(page.getByLabel('Model')).toHaveValue('mistral-7b');
});
