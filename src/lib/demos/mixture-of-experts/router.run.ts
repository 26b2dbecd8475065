/**
 * "Train the router": two small mixtures of experts from the same seeded start, one trained on
 * the task loss alone, one with the Switch Transformer's load-balancing loss added, stepped
 * together. Each expert is a linear classifier of a token's topic from its word vector; the
 * mixture's prediction is the gate-weighted sum of its chosen experts' predictions.
 */
import { defineRun } from '$lib/jobs';
import { Adam, crossEntropy, noGrad, Tensor } from '$lib/math/autodiff';
import { createRng, randomNormal } from '$lib/math/rng';
import { topKIndices } from '$lib/math/order';
import { seededGate } from './gate';
import { VARIANTS, type Variant } from './variants';

export type RouterConfig = {
	/** Tokens × dim word vectors, row-major (one block to post); labels: each token's topic. */
	x: Float64Array;
	dim: number;
	labels: number[];
	classes: number;
	experts: number;
	k: number;
	alpha: number;
	seed: number;
	steps: number;
	batch: number;
	lr: number;
};

type Model = { gate: Tensor; experts: Tensor; bias: Tensor; optimizer: Adam };
type RouterState = {
	config: RouterConfig;
	models: Record<Variant, Model>;
	/** Each model's load over all the training tokens after the last step. */
	loads: Record<Variant, number[]>;
	t: number;
};

export type VariantLog = {
	/** Cross-entropy of the mixture's topic prediction on this step's batch. */
	task: number;
	/** α · E · Σ f_i P_i on this step's batch (computed for both; only `balanced` trains on it). */
	aux: number;
	/** After the step: the busiest expert's share of all the tokens' assignments (1/E when even). */
	busiest: number;
};
export type RouterLog = Record<Variant, VariantLog>;
export type RouterView = { t: number } & Record<Variant, { load: number[]; gate: number[] }>;

const tokenCount = (c: RouterConfig) => c.labels.length;

/** The gate probabilities, the top-k mask and the mixed prediction for the given rows. */
function forward(model: Model, c: RouterConfig, rows: number[]) {
	const n = rows.length;
	const flat = new Float64Array(n * c.dim);
	rows.forEach((r, t) => flat.set(c.x.subarray(r * c.dim, (r + 1) * c.dim), t * c.dim));
	const x = Tensor.from(flat, [n, c.dim]);
	const gates = x.matmul(model.gate).softmax();
	const mask = new Array<number>(n * c.experts).fill(0);
	for (let t = 0; t < n; t++) {
		const row = gates.data.subarray(t * c.experts, (t + 1) * c.experts);
		for (const e of topKIndices(row, c.k)) mask[t * c.experts + e] = 1;
	}
	let weights = gates.mul(Tensor.from(mask, [n, c.experts]));
	// Top-2 renormalises the chosen gates (Mixtral); top-1 keeps the raw gate (Switch).
	if (c.k > 1) weights = weights.div(weights.sum(1, true));
	const logits = x.matmul(model.experts).add(model.bias).reshape([n, c.experts, c.classes]);
	const mixed = weights.reshape([n, c.experts, 1]).mul(logits).sum(1);
	return { gates, mask, mixed };
}

/** The task loss and the balancing loss (as a graph) of one batch. */
export function lossOf(model: Model, c: RouterConfig, rows: number[], alpha: number) {
	const n = rows.length;
	const { gates, mask, mixed } = forward(model, c, rows);
	const task = crossEntropy(
		mixed,
		rows.map((r) => c.labels[r])
	);
	const f = new Array<number>(c.experts).fill(0);
	mask.forEach((m, i) => (f[i % c.experts] += m / (n * c.k)));
	const P = gates.mean(0);
	const aux = P.mul(Tensor.from(f, [c.experts]))
		.sum()
		.mul(alpha * c.experts);
	return { task, aux };
}

/** Each expert's share of the assignments over all the training tokens. */
function loadOf(model: Model, c: RouterConfig): number[] {
	const all = Array.from({ length: tokenCount(c) }, (_, i) => i);
	const { mask } = noGrad(() => forward(model, c, all));
	const load = new Array<number>(c.experts).fill(0);
	mask.forEach((m, i) => (load[i % c.experts] += m / (all.length * c.k)));
	return load;
}

export const routerTraining = defineRun({
	init(config: RouterConfig): RouterState {
		const model = (): Model => {
			const rng = createRng(config.seed * 7919 + 1);
			const gate = Tensor.from(
				seededGate(config.dim, config.experts, config.seed),
				[config.dim, config.experts],
				{ requiresGrad: true }
			);
			const experts = Tensor.from(
				Array.from(
					{ length: config.dim * config.experts * config.classes },
					() => 0.1 * randomNormal(rng)
				),
				[config.dim, config.experts * config.classes],
				{ requiresGrad: true }
			);
			const bias = Tensor.zeros([config.experts * config.classes], { requiresGrad: true });
			return { gate, experts, bias, optimizer: new Adam([gate, experts, bias], { lr: config.lr }) };
		};
		const models = { plain: model(), balanced: model() };
		const start = loadOf(models.plain, config);
		return { config, models, loads: { plain: start, balanced: start }, t: 0 };
	},
	step(state) {
		const c = state.config;
		const rng = createRng(c.seed * 1_000_003 + state.t);
		const rows = Array.from({ length: Math.min(c.batch, tokenCount(c)) }, () =>
			Math.floor(rng() * tokenCount(c))
		);
		const log = {} as RouterLog;
		const loads = {} as Record<Variant, number[]>;
		for (const variant of VARIANTS) {
			const model = state.models[variant];
			model.optimizer.zeroGrad();
			const { task, aux } = lossOf(model, c, rows, c.alpha);
			(variant === 'balanced' ? task.add(aux) : task).backward();
			model.optimizer.step();
			loads[variant] = loadOf(model, c);
			log[variant] = { task: task.item(), aux: aux.item(), busiest: Math.max(...loads[variant]) };
		}
		return { state: { ...state, loads, t: state.t + 1 }, log };
	},
	view: (state): RouterView => ({
		t: state.t,
		plain: { load: state.loads.plain, gate: state.models.plain.gate.toArray() },
		balanced: { load: state.loads.balanced, gate: state.models.balanced.gate.toArray() }
	}),
	done: (state) => state.t >= state.config.steps
});
