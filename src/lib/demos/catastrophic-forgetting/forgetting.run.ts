/**
 * The training run: the network learns task A for STEPS_A minibatch steps, then task B for
 * STEPS_B, with any of three mitigations switched on at the switch — rehearsal (a share of each
 * minibatch drawn from A's training points), EWC (λ/2 Σ Fᵢ(θᵢ − θ*ᵢ)² added to B's loss, the
 * Fisher diagonal computed on A's training points at the switch), and a frozen body with a
 * rank-r adapter trained for B. Every step logs the minibatch loss and both tasks' test accuracy.
 */
import { defineRun } from '$lib/jobs';
import { Adam, crossEntropy, Tensor } from '$lib/math/autodiff';
import { ewcPenalty, fisherDiagonal } from '$lib/math/ewc';
import { createRng } from '$lib/math/rng';
import {
	accuracy,
	classOneProbability,
	createAdapter,
	createNetwork,
	logits,
	type Network
} from './model';
import { gridPoints, taskData, type Points, type TaskData } from './tasks';

export const STEPS_A = 200;
export const STEPS_B = 300;
export const BATCH = 32;
export const LEARNING_RATE = 0.01;
/** The decision regions: p(class 1) on a GRID × GRID/2 grid over the plane (it is twice as wide as tall). */
export const GRID = 40;

export type ForgettingConfig = {
	seed: number;
	/** Share of each task-B minibatch drawn from task A's training points (0: no rehearsal). */
	share: number;
	/** EWC's λ (0: no EWC). */
	lambda: number;
	/** The adapter's rank when the body is frozen for task B (0: nothing frozen). */
	rank: number;
};
export type ForgettingLog = {
	/** The minibatch's cross-entropy before the step. */
	loss: number;
	/** The EWC penalty before the step (0 without EWC or before the switch). */
	penalty: number;
	/** Test accuracy on task A and on task B after the step. */
	a: number;
	b: number;
};
export type ForgettingView = {
	t: number;
	/** p(class 1) on the grid as task B's inputs see the network (row by row from the top). */
	regions: number[];
	/** The same as task A's inputs see it, when they skip an adapter (else null). */
	regionsA: number[] | null;
	/** The largest and the mean entry of EWC's Fisher diagonal, once computed. */
	fisher: { max: number; mean: number } | null;
};

type Consolidation = { anchors: Float64Array[]; fisher: Float64Array[] };
type ForgettingState = {
	config: ForgettingConfig;
	a: TaskData;
	b: TaskData;
	network: Network;
	optimizer: Adam;
	ewc: Consolidation | null;
	t: number;
};

const GRID_XS = gridPoints(GRID, GRID / 2);

/** Step t's minibatch: each row from task A's training points with probability `share`, else from `main`'s. */
function minibatch(main: Points, replay: Points | null, share: number, seed: number, t: number) {
	const rng = createRng(seed * 1_000_003 + t);
	const xs: number[] = [];
	const labels: number[] = [];
	const fromA: boolean[] = [];
	for (let k = 0; k < BATCH; k++) {
		const rehearse = replay !== null && rng() < share;
		const source = rehearse ? replay : main;
		const row = Math.floor(rng() * source.labels.length);
		xs.push(source.xs[2 * row], source.xs[2 * row + 1]);
		labels.push(source.labels[row]);
		fromA.push(rehearse);
	}
	return { xs, labels, fromA };
}

/** The switch to task B: Fisher and anchors for EWC, the adapter and what the optimiser trains. */
function switchToB(state: ForgettingState): ForgettingState {
	const { config, network, a } = state;
	const params = network.mlp.params;
	const ewc =
		config.lambda > 0
			? {
					fisher: fisherDiagonal(params, a.train.labels.length, (n) =>
						logits(
							network,
							Tensor.from(a.train.xs.slice(2 * n, 2 * n + 2), [1, 2]),
							'a'
						).logSoftmax()
					),
					anchors: params.map((p) => Float64Array.from(p.data))
				}
			: null;
	const adapter = config.rank > 0 ? createAdapter(config.seed, config.rank) : null;
	const trained = adapter ? [adapter.down, adapter.up] : params;
	return {
		...state,
		network: { ...network, adapter },
		optimizer: new Adam(trained, { lr: LEARNING_RATE }),
		ewc
	};
}

/** The minibatch loss: each row through the network as its own task sees it. */
function batchLoss(network: Network, batch: ReturnType<typeof minibatch>, onB: boolean): Tensor {
	const rowsOf = (keep: (k: number) => boolean) => {
		const rows = batch.fromA.map((_, k) => k).filter(keep);
		return {
			x: Tensor.from(
				rows.flatMap((k) => [batch.xs[2 * k], batch.xs[2 * k + 1]]),
				[rows.length, 2]
			),
			labels: rows.map((k) => batch.labels[k])
		};
	};
	if (!onB || !network.adapter || !batch.fromA.some(Boolean)) {
		const all = rowsOf(() => true);
		return crossEntropy(logits(network, all.x, onB ? 'b' : 'a'), all.labels);
	}
	// With an adapter, rehearsed rows of A skip it: two forward passes, weighted by their counts.
	let total: Tensor = Tensor.scalar(0);
	for (const task of ['a', 'b'] as const) {
		const part = rowsOf((k) => batch.fromA[k] === (task === 'a'));
		if (part.labels.length === 0) continue;
		const mean = crossEntropy(logits(network, part.x, task), part.labels);
		total = total.add(mean.mul(part.labels.length / BATCH));
	}
	return total;
}

function fisherSummary(fisher: Float64Array[]): { max: number; mean: number } {
	let max = 0;
	let sum = 0;
	let count = 0;
	for (const f of fisher) {
		for (const v of f) {
			max = Math.max(max, v);
			sum += v;
		}
		count += f.length;
	}
	return { max, mean: sum / count };
}

export const forgetting = defineRun({
	init(config: ForgettingConfig): ForgettingState {
		const network = createNetwork(config.seed);
		return {
			config,
			a: taskData(config.seed, 'a'),
			b: taskData(config.seed, 'b'),
			network,
			optimizer: new Adam(network.mlp.params, { lr: LEARNING_RATE }),
			ewc: null,
			t: 0
		};
	},
	step(previous) {
		const state = previous.t === STEPS_A ? switchToB(previous) : previous;
		const { config, network, optimizer, ewc, t } = state;
		const onB = t >= STEPS_A;
		const share = onB ? Math.min(1, Math.max(0, config.share)) : 0;
		const batch = onB
			? minibatch(state.b.train, state.a.train, share, config.seed, t)
			: minibatch(state.a.train, null, 0, config.seed, t);
		optimizer.zeroGrad();
		const task = batchLoss(network, batch, onB);
		const penalty = ewc
			? ewcPenalty(network.mlp.params, ewc.anchors, ewc.fisher, config.lambda)
			: null;
		(penalty ? task.add(penalty) : task).backward({ retainGrads: false });
		optimizer.step();
		return {
			state: { ...state, t: t + 1 },
			log: {
				loss: task.item(),
				penalty: penalty ? penalty.item() : 0,
				a: accuracy(network, state.a.test, 'a'),
				b: accuracy(network, state.b.test, 'b')
			}
		};
	},
	view: (state): ForgettingView => ({
		t: state.t,
		regions: classOneProbability(state.network, GRID_XS, 'b'),
		regionsA: state.network.adapter ? classOneProbability(state.network, GRID_XS, 'a') : null,
		fisher: state.ewc && fisherSummary(state.ewc.fisher)
	}),
	done: (state) => state.t >= STEPS_A + STEPS_B
});
