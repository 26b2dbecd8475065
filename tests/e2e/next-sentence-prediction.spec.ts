import { expect, hashSettled, open, test } from './fixtures';

test('the threshold moves the accuracy and the hash; order pairs stay at chance; a reload restores it', async ({
	page
}) => {
	await open(page, '/next-sentence-prediction');
	await expect(page.getByTestId('nsp-auc')).toHaveText('0.661');
	await expect(page.getByTestId('sop-auc')).toHaveText('0.525');
	await expect(page.getByTestId('both-ways')).toContainText('AUC is 0.500 and its accuracy 50.0%');
	await expect(page.getByTestId('symmetric')).toHaveText(
		/cosine\(A, B\) = (\S+), cosine\(B, A\) = \1:/
	);

	// At the highest threshold nothing is called IsNext: accuracy is the share of NotNext pairs.
	await page.getByRole('slider', { name: /^Threshold/ }).press('End');
	await expect(page).toHaveURL(/threshold=1/);
	await expect(page.getByTestId('nsp-accuracy')).toHaveText('43.2%');
	await expect(page.getByTestId('both-ways')).toContainText('accuracy 50.0%');

	await page.getByRole('slider', { name: 'Pair', exact: true }).press('ArrowRight');
	await expect(page).toHaveURL(/pair=1/);
	await expect(page.getByTestId('pair-card').first()).toContainText('answer 50 Interpretability');

	await hashSettled(page);
	await page.reload();
	await expect(page.getByTestId('nsp-accuracy')).toHaveText('43.2%');
	await expect(page.getByTestId('pair-card').first()).toContainText('answer 50 Interpretability');

	// Another seed draws other pairs: other numbers, and the spread over seeds is computed.
	await page.getByRole('button', { name: 'New seed' }).click();
	await expect(page).toHaveURL(/seed=(?!1&|1$)\d+/);
	await expect(page.getByTestId('nsp-auc')).not.toHaveText('0.661');
	await expect(page.getByTestId('seeds')).toContainText('Over seeds 0 to 99');
});
