import { defineJob } from '$lib/jobs';
import type { CovarianceKind } from './classifiers';
import { planeCurve } from './curve';
import type { Dataset } from './datasets';

/** The plane's accuracy curve: 13 sizes × 20 resamples × 2,000 test points, off the page. */
export const planeCurveJob = defineJob(
	(input: { dataset: Dataset; covariance: CovarianceKind; seed: number }) =>
		planeCurve(input.dataset, input.covariance, input.seed)
);
