import { defineJob } from '$lib/jobs';
import { seedCurves } from './seed-curves';

export type SeedCurvesInput = {
	items: { vector?: number[]; label: number }[];
	nClasses: number;
	descriptions: (number[] | undefined)[];
	withDescription: boolean;
};

/** The accuracy-against-k curve over seeds: 110 evaluations, too many for a click on the page. */
export const seedCurvesJob = defineJob((input: SeedCurvesInput) =>
	seedCurves(input.items, input.nClasses, input.descriptions, input.withDescription)
);
