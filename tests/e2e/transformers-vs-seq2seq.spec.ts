import { expect, open, test } from './fixtures';

test('the sentence drives the timeline and the path lengths; the hash keeps it; empty input is answered; the device timing runs in a worker', async ({
	page
}) => {
	await open(page, '/transformers-vs-seq2seq');
	const readout = page.getByTestId('path-readout');
	await expect(readout).toContainText('12 steps');
	const box = page.getByRole('textbox', { name: 'Sentence' });
	await box.fill('One two three four five');
	await expect(readout).toContainText('4 steps');
	await expect(page.getByTestId('timeline')).toHaveAttribute(
		'aria-label',
		/5 tokens at time step 3/
	);
	await page.getByRole('slider', { name: 'Time step' }).fill('5');
	await expect(page).toHaveURL(/#text=One%20two%20three%20four%20five&step=5$/);

	await page.reload();
	await expect(page.getByRole('textbox', { name: 'Sentence' })).toHaveValue(
		'One two three four five'
	);
	await expect(page.getByTestId('timeline')).toHaveAttribute('aria-label', /time step 5/);

	await page.getByRole('textbox', { name: 'Sentence' }).fill('');
	await expect(page.getByText('The sentence has no tokens')).toBeVisible();

	await page.getByText('32', { exact: true }).click();
	await page.getByRole('button', { name: 'Measure on this device' }).click();
	await expect(page.getByTestId('timing-readout')).toContainText('Measured on this device', {
		timeout: 90_000
	});
	await expect(page.getByTestId('timing-readout')).toContainText('width 32');
});
