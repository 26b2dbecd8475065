import { expect, open, test } from './fixtures';

test('the plane: a dragged point moves the fits and the hash, Generate samples the fitted densities, reload restores', async ({
	page
}) => {
	await open(page, '/generative-vs-discriminative-ai');
	const boundary = page.getByTestId('disc-boundary');
	const before = await boundary.getAttribute('d');
	// Arrow keys move the selected point (the first of class A); the hash holds both classes.
	const handle = page.getByTestId('handle');
	await handle.focus();
	for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowRight');
	await expect(page).toHaveURL(/#a=[-\d.,]+&b=[-\d.,]+$/);
	await expect.poll(() => boundary.getAttribute('d')).not.toBe(before);
	const moved = await handle.getAttribute('aria-valuetext');

	await page.getByRole('button', { name: 'Generate', exact: true }).click();
	await expect(page.getByTestId('generated-note')).toBeVisible();
	await expect(page).toHaveURL(/&g=1$/);
	// The accuracy curve comes from the worker.
	await expect(page.getByTestId('curve-readout')).toContainText(
		'With 2 training points per class',
		{
			timeout: 60_000
		}
	);

	await page.reload();
	await expect(page.getByTestId('handle')).toHaveAttribute('aria-valuetext', moved!);
	await expect(page.getByTestId('generated-note')).toBeVisible();

	// A new dataset draws fresh points: the moved ones leave the hash.
	await page.getByRole('button', { name: 'Correlated features' }).click();
	await expect(page).toHaveURL(/#data=correlated&g=1$/);
});

test('the text preset: naive Bayes and logistic regression on two topics, words and accuracy; same topic is refused', async ({
	page
}) => {
	await open(page, '/generative-vs-discriminative-models');
	await expect(page.getByTestId('lr-accuracy')).toContainText('%', { timeout: 60_000 });
	await expect(page.getByTestId('nb-accuracy')).toContainText('%');
	const words = page.getByTestId('top-words');
	const before = await words.textContent();
	await page.getByRole('slider', { name: 'Training sentences per topic' }).fill('8');
	await expect(page).toHaveURL(/#m=8$/);
	await expect.poll(() => words.textContent()).not.toBe(before);

	await page.reload();
	await expect(page.getByRole('slider', { name: 'Training sentences per topic' })).toHaveValue('8');

	await page
		.getByRole('group', { name: 'Topic B', exact: true })
		.getByRole('radio', { name: 'Prompting and applications' })
		.check({ force: true });
	await expect(page.getByText('Topics A and B are the same')).toBeVisible();
});
