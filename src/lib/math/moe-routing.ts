/**
 * Mixture-of-experts routing: a softmax gate over E experts, the top k per token, the expert
 * capacity that drops overflowing tokens, and the Switch Transformer's load-balancing loss
 * (Fedus, Zoph and Shazeer, 2021, "Switch Transformers", §2.1–2.2, equations 4–6).
 */
import { topKIndices } from './order';
import { softmax } from './softmax';

export interface Routing {
	/** Per token, softmax of its gate logits: p_i(x) over the E experts. */
	gates: number[][];
	/** Per token, the k chosen experts, highest gate first. */
	experts: number[][];
	/** Per token, the weights its chosen experts' outputs are summed with. */
	weights: number[][];
}

/**
 * Routes each token to the k experts with the largest gate probabilities. With `renormalise`
 * (Mixtral, GShard's top-2) the chosen gates are divided by their sum so that they add to 1;
 * without it (the Switch Transformer's top-1) an expert's output is scaled by its raw gate value,
 * which is what lets the router learn when k = 1.
 */
export function routeTokens(logits: readonly number[][], k: number, renormalise = k > 1): Routing {
	const gates = logits.map((row) => softmax([...row]));
	const experts = gates.map((g) => topKIndices(g, k));
	const weights = experts.map((chosen, t) => {
		const raw = chosen.map((e) => gates[t][e]);
		if (!renormalise) return raw;
		const sum = raw.reduce((a, b) => a + b, 0);
		return raw.map((g) => g / sum);
	});
	return { gates, experts, weights };
}

/**
 * Tokens one expert may take in a batch: ⌈capacity factor · tokens · k / E⌉ (Switch §2.2, with
 * tokens · k the assignments to share when each token goes to k experts). Never below 0.
 */
export function expertCapacity(factor: number, tokens: number, k: number, experts: number): number {
	return Math.max(0, Math.ceil((factor * tokens * k) / experts - 1e-9));
}

export interface Dispatch {
	/** Per token and per chosen expert (as in Routing.experts): did the expert take it? */
	kept: boolean[][];
	/** Assignments each expert received, before the capacity cut. */
	demand: number[];
	/** Assignments each expert processed: min(demand, capacity). */
	load: number[];
	/** Assignments dropped (the token skips that expert; its residual path carries it on). */
	dropped: number;
}

/**
 * Fills each expert up to its capacity and drops what overflows. Assignments are taken in token
 * order, all first choices before any second choice (as in Switch for k = 1, and GShard's top-2),
 * so a late token is the one dropped.
 */
export function dispatchTokens(
	experts: readonly number[][],
	count: number,
	capacity: number
): Dispatch {
	const kept = experts.map((chosen) => chosen.map(() => false));
	const demand = new Array<number>(count).fill(0);
	const load = new Array<number>(count).fill(0);
	let dropped = 0;
	const k = Math.max(0, ...experts.map((c) => c.length));
	for (let rank = 0; rank < k; rank++) {
		experts.forEach((chosen, t) => {
			if (rank >= chosen.length) return;
			const e = chosen[rank];
			demand[e]++;
			if (load[e] < capacity) {
				load[e]++;
				kept[t][rank] = true;
			} else dropped++;
		});
	}
	return { kept, demand, load, dropped };
}

export interface BalanceLoss {
	/** f_i: the share of the token-to-expert assignments that went to expert i (sums to 1). */
	f: number[];
	/** P_i: the mean gate probability of expert i over the tokens (sums to 1). */
	P: number[];
	/** α · E · Σ f_i · P_i. */
	loss: number;
}

/**
 * The auxiliary load-balancing loss of the Switch Transformer (Fedus et al., 2021, eq. 4–6):
 * α · E · Σ_i f_i · P_i. For k = 1 f_i is the paper's fraction of tokens dispatched to expert i;
 * for k > 1 it counts all k assignments, divided by tokens · k. It equals α when the routing is
 * balanced (every f_i = 1/E, whatever P is) and is at most α · E (everything on one expert).
 */
export function loadBalancingLoss(
	gates: readonly number[][],
	experts: readonly number[][],
	alpha: number
): BalanceLoss {
	const count = gates[0]?.length ?? 0;
	const f = new Array<number>(count).fill(0);
	const P = new Array<number>(count).fill(0);
	let assignments = 0;
	for (const chosen of experts) {
		for (const e of chosen) f[e]++;
		assignments += chosen.length;
	}
	for (const g of gates) for (let i = 0; i < count; i++) P[i] += g[i];
	for (let i = 0; i < count; i++) {
		f[i] = assignments > 0 ? f[i] / assignments : 0;
		P[i] = gates.length > 0 ? P[i] / gates.length : 0;
	}
	const sum = f.reduce((s, fi, i) => s + fi * P[i], 0);
	return { f, P, loss: alpha * count * sum };
}
