/**
 * The two passes of the chain-rule demo as a sequence of steps the reader walks through:
 * step 0 shows only the inputs; each forward step computes one operation; then the output gets
 * ∂f/∂f = 1; each backward step sends one node's gradient to its inputs, edge by edge.
 */
import { backwardPass, forwardPass, needsGradient, type Env } from '$lib/math/chain-rule';
import type { ExpressionGraph } from '$lib/math/expression-graph';

/** One gradient sent along one edge: product = upstream × local, added into `to`. */
export type Contribution = {
	from: number;
	/** Which input of `from` (a variable used twice by one node has two). */
	arg: number;
	to: number;
	upstream: number;
	local: number;
	product: number;
	/** `to`'s gradient before this contribution was added (0 on the first path). */
	before: number;
	/** How many paths reached `to` before this one (1 or more: the sum over paths). */
	earlier: number;
};

export type Step =
	| { kind: 'start' }
	| { kind: 'forward'; node: number }
	| { kind: 'seed'; node: number }
	| { kind: 'backward'; node: number; sends: Contribution[] };

export type Passes = {
	values: number[];
	grads: (number | null)[];
	steps: Step[];
};

/**
 * Everything runPasses reads, as text: each node's operation and inputs, number, or variable's
 * value, in order, without the variables' names. Renaming a variable keeps it, so the passes
 * (and what follows from them) can be kept too.
 */
export function passesKey(graph: ExpressionGraph, env: Env): string {
	let key = '';
	for (const n of graph.nodes) {
		if (n.kind === 'op') key += `${n.op}(${n.inputs.join(',')})`;
		else
			key += `${n.kind === 'constant' ? '#' : '='}${exact(n.kind === 'constant' ? n.value : env[n.name])}`;
		key += ';';
	}
	return key;
}

/** A number as text that tells every value apart (String(-0) is "0"). */
const exact = (x: number) => (Object.is(x, -0) ? '-0' : String(x));

export function runPasses(graph: ExpressionGraph, env: Env): Passes {
	const values = forwardPass(graph, env);
	const { grads, locals } = backwardPass(graph, values);
	const needs = needsGradient(graph);
	const ops = graph.nodes.flatMap((n, id) => (n.kind === 'op' ? [id] : []));
	const steps: Step[] = [{ kind: 'start' }];
	for (const node of ops) steps.push({ kind: 'forward', node });
	if (needs[graph.output]) steps.push({ kind: 'seed', node: graph.output });
	const running: number[] = graph.nodes.map((_, id) => (id === graph.output ? 1 : 0));
	const reached: number[] = graph.nodes.map(() => 0);
	for (const node of [...ops].reverse()) {
		if (!needs[node]) continue;
		const sends: Contribution[] = [];
		graph.nodes[node].inputs.forEach((to, arg) => {
			const local = locals[node][arg];
			if (local === null) return;
			const upstream = running[node];
			const product = upstream * local;
			sends.push({
				from: node,
				arg,
				to,
				upstream,
				local,
				product,
				before: running[to],
				earlier: reached[to]
			});
			running[to] += product;
			reached[to] += 1;
		});
		steps.push({ kind: 'backward', node, sends });
	}
	return { values, grads, steps };
}

/** What the drawing shows after `step` steps (step 0 = nothing computed yet). */
export type StepState = {
	/** Whether each node's value is known yet. */
	known: boolean[];
	/** Each node's gradient so far: null until something reached it. */
	grads: (number | null)[];
	/** Local derivatives written on the edges sent so far, keyed `node:arg`. */
	sent: Map<string, Contribution>;
	/** The step shown last (the one to explain). */
	current: Step;
};

export const edgeKey = (node: number, arg: number) => `${node}:${arg}`;

export function stateAt(graph: ExpressionGraph, passes: Passes, step: number): StepState {
	const shown = Math.max(0, Math.min(step, passes.steps.length - 1));
	const known = graph.nodes.map((n) => n.kind !== 'op');
	const grads: (number | null)[] = graph.nodes.map(() => null);
	const sent = new Map<string, Contribution>();
	for (const s of passes.steps.slice(1, shown + 1)) {
		if (s.kind === 'forward') known[s.node] = true;
		else if (s.kind === 'seed') grads[s.node] = 1;
		else if (s.kind === 'backward') {
			for (const c of s.sends) {
				grads[c.to] = c.before + c.product;
				sent.set(edgeKey(c.from, c.arg), c);
			}
		}
	}
	return { known, grads, sent, current: passes.steps[shown] };
}
