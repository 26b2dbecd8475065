import { beforeAll, describe, expect, it } from 'vitest';
import { runJobNow } from '$lib/jobs';
import { mlpForward, Tensor } from '$lib/math/autodiff';
import { STUDENT_STEPS, teacherSizes } from './constants';
import { mlpLogits } from './forward';
import { logitsOf, mlpFrom, newTeacher, subset, trainSet } from './model';
import { studentsRun, type StudentsLog } from './students.run';
import { newTrio, stepTrio } from './students';
import { teacherJob, type TeacherOutput } from './teacher.job';
import { transferRows } from './transfer';

const spec = { seed: 1, classes: 5, spread: 0.45 };
let teacher: TeacherOutput;
beforeAll(() => {
	teacher = runJobNow(teacherJob, spec);
}, 120_000);

describe('the plain forward pass', () => {
	it('gives the engine’s logits', () => {
		const mlp = newTeacher(spec);
		const x = Tensor.from([0.3, -1.2, 2, 0.5], [2, 2]);
		const plain = mlpLogits(
			mlp.sizes,
			mlp.params.map((p) => p.data),
			x.data
		);
		mlpForward(mlp, x).data.forEach((v, i) => expect(plain[i]).toBeCloseTo(v, 12));
	});
});

describe('transferRows', () => {
	it('draws distinct rows, replays from the seed, and nests: the first n of a larger draw', () => {
		const rows = transferRows(3, 0, 40);
		expect(new Set(rows).size).toBe(40);
		expect(transferRows(3, 0, 40)).toEqual(rows);
		expect(transferRows(3, 0, 10)).toEqual(rows.slice(0, 10));
		expect(transferRows(3, 1, 40)).not.toEqual(rows);
	});
});

describe('the teacher', () => {
	it('on seed 1 learns the five overlapping clouds to within a few points of the best possible', () => {
		expect(teacher.losses[0]).toBeGreaterThan(1.4); // about ln 5 at the start
		expect(teacher.losses.at(-1)).toBeLessThan(0.45);
		expect(teacher.bestAccuracy).toBeGreaterThan(0.78);
		expect(teacher.testAccuracy).toBeGreaterThan(teacher.bestAccuracy - 0.05);
		expect(teacher.testAccuracy).toBeLessThanOrEqual(teacher.bestAccuracy + 0.02);
		expect(runJobNow(teacherJob, spec).weights).toEqual(teacher.weights);
	});
});

describe('the students', () => {
	const config = () => ({
		...spec,
		n: 10,
		temperature: 4,
		alpha: 0.7,
		width: 8,
		teacher: teacher.weights
	});
	function run(steps: number): StudentsLog[] {
		let state = studentsRun.init(config());
		const logs: StudentsLog[] = [];
		for (let s = 0; s < steps && !studentsRun.done!(state); s++) {
			const next = studentsRun.step(state);
			state = next.state;
			logs.push(next.log);
		}
		return logs;
	}

	it('replay exactly, and on 10 points the soft-target student ends far above the hard-label one', () => {
		const logs = run(STUDENT_STEPS + 5);
		expect(logs).toHaveLength(STUDENT_STEPS);
		expect(run(50)).toEqual(logs.slice(0, 50));
		const [hard, soft, mix] = logs.at(-1)!.accuracy;
		// On seed 1 the gap is about 11 points.
		expect(soft - hard).toBeGreaterThan(0.05);
		expect(mix).toBeGreaterThan(hard);
		// The KL to the teacher falls for the soft student and ends below the hard one's.
		expect(logs.at(-1)!.kl[1]).toBeLessThan(logs[0].kl[1] / 2);
		expect(logs.at(-1)!.kl[1]).toBeLessThan(logs.at(-1)!.kl[0]);
	});

	it('learn from the teacher’s logits on their own transfer points', () => {
		const trio = newTrio(config());
		const rows = transferRows(spec.seed, 0, 10);
		expect(trio.transfer.labels).toEqual(subset(trainSet(spec), rows).labels);
		const fromTeacher = logitsOf(mlpFrom(teacherSizes(5), teacher.weights), trio.transfer.x);
		expect(Array.from(trio.teacherLogits)).toEqual(Array.from(fromTeacher));
		// With α = 1 and the student equal to the teacher's outputs the loss would be 0; here it starts positive.
		expect(stepTrio(trio, 4).every((l) => l > 0)).toBe(true);
	});
});
