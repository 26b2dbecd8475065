/**
 * The students trained in front of the reader: each step is one full-batch Adam step of each of
 * the three, and logs their losses, test accuracies and KL to the teacher on the test set.
 */
import { defineRun } from '$lib/jobs';
import { STUDENT_STEPS } from './constants';
import { softmaxRows } from './forward';
import {
	accuracyOf,
	logitsOf,
	meanKl,
	regionsOf,
	testSet,
	type Points,
	type Regions
} from './model';
import { newTrio, stepTrio, teacherOf, type Trio, type TrioSpec } from './students';

export type StudentsLog = {
	/** Each student's training loss before the step (hard, soft, mix). */
	loss: number[];
	/** Test accuracy after the step. */
	accuracy: number[];
	/** Mean KL(teacher ‖ student) on the test set at T = 1, in bits, after the step. */
	kl: number[];
};
export type StudentsView = { t: number; regions: Regions[] };

type StudentsState = {
	spec: TrioSpec;
	trio: Trio;
	test: Points;
	teacherProbs: Float64Array;
	t: number;
};

export const studentsRun = defineRun({
	init(spec: TrioSpec): StudentsState {
		const teacher = teacherOf(spec);
		const test = testSet(spec);
		return {
			spec,
			trio: newTrio(spec, 0, teacher),
			test,
			teacherProbs: softmaxRows(logitsOf(teacher, test.x), spec.classes),
			t: 0
		};
	},
	step(state) {
		const { spec, trio, test } = state;
		const loss = stepTrio(trio, spec.temperature);
		const logits = trio.students.map((s) => logitsOf(s.mlp, test.x));
		return {
			state: { ...state, t: state.t + 1 },
			log: {
				loss,
				accuracy: logits.map((l) => accuracyOf(l, test.labels, spec.classes)),
				kl: logits.map((l) => meanKl(state.teacherProbs, l, spec.classes))
			} satisfies StudentsLog
		};
	},
	view: (state): StudentsView => ({
		t: state.t,
		regions: state.trio.students.map((s) => regionsOf(s.mlp, state.spec.classes))
	}),
	done: (state) => state.t >= STUDENT_STEPS
});
