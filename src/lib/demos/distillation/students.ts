/**
 * The three students, side by side: the same starting weights and the same transfer points, one
 * trained on hard labels (α = 0), one on the teacher's soft targets at T (α = 1), one on the mix α.
 */
import { Adam, type Mlp } from '$lib/math/autodiff';
import { STUDENT_LR, STUDENTS, teacherSizes } from './constants';
import { transferRows } from './transfer';
import {
	distillStep,
	logitsOf,
	mlpFrom,
	newStudent,
	subset,
	trainSet,
	type DataSpec,
	type Points
} from './model';

export type TrioSpec = DataSpec & {
	/** Transfer points (the first n of resample r of the teacher's training set). */
	n: number;
	temperature: number;
	alpha: number;
	/** The students' hidden units. */
	width: number;
	/** The teacher's weights, as its job returned them. */
	teacher: readonly ArrayLike<number>[];
};

export type Trio = {
	transfer: Points;
	/** The teacher's logits on the transfer points. */
	teacherLogits: Float64Array;
	alphas: number[];
	students: { mlp: Mlp; optimizer: Adam }[];
};

export function teacherOf(spec: TrioSpec): Mlp {
	return mlpFrom(teacherSizes(spec.classes), spec.teacher);
}

export function newTrio(spec: TrioSpec, r = 0, teacher = teacherOf(spec)): Trio {
	const transfer = subset(trainSet(spec), transferRows(spec.seed, r, spec.n));
	return {
		transfer,
		teacherLogits: logitsOf(teacher, transfer.x),
		alphas: [0, 1, spec.alpha],
		students: STUDENTS.map(() => {
			const mlp = newStudent(spec, spec.width);
			return { mlp, optimizer: new Adam(mlp.params, { lr: STUDENT_LR }) };
		})
	};
}

/** One step of each student on its own objective; the three losses before the step. */
export function stepTrio(trio: Trio, temperature: number): number[] {
	return trio.students.map((s, i) =>
		distillStep(s.mlp, s.optimizer, trio.transfer, trio.teacherLogits, temperature, trio.alphas[i])
	);
}
