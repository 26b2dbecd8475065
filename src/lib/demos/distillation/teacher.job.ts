/** The teacher, trained first: full-batch Adam on the cross-entropy of its 400 labelled points. */
import { defineJob } from '$lib/jobs';
import { TEACHER_LR, TEACHER_STEPS } from './constants';
import { Adam } from '$lib/math/autodiff';
import {
	accuracyOf,
	logitsOf,
	nearestCentreAccuracy,
	newTeacher,
	regionsOf,
	teacherStep,
	testSet,
	trainSet,
	weightsOf,
	type DataSpec,
	type Regions
} from './model';

export type TeacherOutput = {
	/** The data it was trained on (a stale teacher stands in while the next one trains). */
	spec: DataSpec;
	weights: Float64Array[];
	/** The training loss before each step. */
	losses: number[];
	trainAccuracy: number;
	testAccuracy: number;
	/** The nearest-centre rule's test accuracy: the best any classifier can do on these points. */
	bestAccuracy: number;
	regions: Regions;
};

export const teacherJob = defineJob(function* (spec: DataSpec, { progress }) {
	const train = trainSet(spec);
	const test = testSet(spec);
	const mlp = newTeacher(spec);
	const optimizer = new Adam(mlp.params, { lr: TEACHER_LR });
	const losses: number[] = [];
	for (let t = 0; t < TEACHER_STEPS; t++) {
		losses.push(teacherStep(mlp, optimizer, train));
		if (t % 10 === 9) {
			progress((t + 1) / TEACHER_STEPS);
			yield;
		}
	}
	const accuracyOn = (data: typeof train) =>
		accuracyOf(logitsOf(mlp, data.x), data.labels, spec.classes);
	return {
		spec,
		weights: weightsOf(mlp),
		losses,
		trainAccuracy: accuracyOn(train),
		testAccuracy: accuracyOn(test),
		bestAccuracy: nearestCentreAccuracy(test, spec.classes),
		regions: regionsOf(mlp, spec.classes)
	} satisfies TeacherOutput;
});
