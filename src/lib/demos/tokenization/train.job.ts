import { defineJob, type JobContext } from '$lib/jobs';
import { trainRun } from './training';

export type TrainingInput = { text: string; maxMerges: number };

/** BPE training on a text; its progress is the number of merges learned so far. */
export const bpeTraining = defineJob((input: TrainingInput, { progress }: JobContext<number>) =>
	trainRun(input.text, input.maxMerges, progress)
);
