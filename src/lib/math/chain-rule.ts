/**
 * Forward and backward passes over an expression graph, one scalar per node, written out the way
 * the chain rule reads: the forward pass computes each node from its inputs; the backward pass
 * starts with ∂f/∂f = 1 at the output and, from the output back, multiplies each node's gradient
 * by the local derivative of each edge and adds the product into that input's gradient. A node
 * with two consumers (a variable used twice) so receives the sum over both paths.
 */
import { activation, activationDerivative } from './activation';
import type { ExpressionGraph, GraphOp } from './expression-graph';

export type Env = Readonly<Record<string, number>>;

/** op(a) or op(a, b) in float64. */
export function applyOp(op: GraphOp, a: number, b = NaN): number {
	switch (op) {
		case 'add':
			return a + b;
		case 'sub':
			return a - b;
		case 'mul':
			return a * b;
		case 'div':
			return a / b;
		case 'pow':
			return a ** b;
		case 'neg':
			return -a;
		case 'exp':
			return Math.exp(a);
		case 'log':
			return Math.log(a);
		case 'sqrt':
			return Math.sqrt(a);
		case 'sin':
			return Math.sin(a);
		case 'cos':
			return Math.cos(a);
		case 'abs':
			return Math.abs(a);
		case 'tanh':
		case 'sigmoid':
		case 'relu':
		case 'gelu':
		case 'silu':
			return activation(op, a);
	}
}

/**
 * ∂op/∂args[k] for each argument, given the arguments and the op's value. At kinks the PyTorch
 * convention: relu′(0) = 0, abs′(0) = 0. The exponent's derivative a^b·ln a is NaN for a < 0.
 */
export function localDerivatives(op: GraphOp, args: readonly number[], value: number): number[] {
	const [a, b] = args;
	switch (op) {
		case 'add':
			return [1, 1];
		case 'sub':
			return [1, -1];
		case 'mul':
			return [b, a];
		case 'div':
			return [1 / b, -a / (b * b)];
		case 'pow':
			return [b * a ** (b - 1), value * Math.log(a)];
		case 'neg':
			return [-1];
		case 'exp':
			return [value];
		case 'log':
			return [1 / a];
		case 'sqrt':
			return [1 / (2 * value)];
		case 'sin':
			return [Math.cos(a)];
		case 'cos':
			return [-Math.sin(a)];
		case 'abs':
			return [Math.sign(a)];
		case 'tanh':
			return [1 - value * value];
		case 'sigmoid':
		case 'relu':
		case 'gelu':
		case 'silu':
			return [activationDerivative(op, a)];
	}
}

/** The value of every node; a variable missing from `env` is NaN. */
export function forwardPass(graph: ExpressionGraph, env: Env): number[] {
	const values = graph.nodes.map((n) =>
		n.kind === 'variable' ? (env[n.name] ?? NaN) : n.kind === 'constant' ? n.value : NaN
	);
	recompute(graph, values);
	return values;
}

/** Every operation's value again from the leaf values already in `values` (in place). */
function recompute(graph: ExpressionGraph, values: number[]) {
	// An indexed loop: finite differences run this twice per variable on every keystroke.
	const nodes = graph.nodes;
	for (let id = 0; id < nodes.length; id++) {
		const node = nodes[id];
		if (node.kind === 'op')
			values[id] = applyOp(node.op, values[node.inputs[0]], values[node.inputs[1]]);
	}
}

/** Whether each node depends on a variable (only those take a gradient, as in PyTorch). */
export function needsGradient(graph: ExpressionGraph): boolean[] {
	const needs: boolean[] = [];
	for (const node of graph.nodes) {
		needs.push(node.kind === 'variable' || node.inputs.some((i) => needs[i]));
	}
	return needs;
}

export type BackwardPass = {
	/** ∂f/∂node, null for nodes that take no gradient (numbers and what only they feed). */
	grads: (number | null)[];
	/** Per node, per input edge: the local derivative ∂node/∂input, null where none flows. */
	locals: (number | null)[][];
};

/** Reverse mode: ∂f/∂f = 1, then from the output back, grad[input] += grad[node] · local. */
export function backwardPass(graph: ExpressionGraph, values: readonly number[]): BackwardPass {
	const needs = needsGradient(graph);
	const grads: (number | null)[] = graph.nodes.map((_, i) => (needs[i] ? 0 : null));
	grads[graph.output] = 1;
	const locals: (number | null)[][] = graph.nodes.map((n) => n.inputs.map(() => null));
	for (let id = graph.output; id >= 0; id--) {
		const node = graph.nodes[id];
		const grad = grads[id];
		if (node.kind !== 'op' || grad === null) continue;
		const args = node.inputs.map((i) => values[i]);
		const local = localDerivatives(node.op, args, values[id]);
		node.inputs.forEach((input, k) => {
			if (!needs[input]) return;
			locals[id][k] = local[k];
			grads[input] = (grads[input] as number) + grad * local[k];
		});
	}
	return { grads, locals };
}

/** f at env; the output of the forward pass. */
export const evaluate = (graph: ExpressionGraph, env: Env) => forwardPass(graph, env)[graph.output];

/**
 * For each variable (in `graph.variables` order) the central difference
 * (f(v + h) − f(v − h)) / 2h, h = 10⁻⁵ · max(1, |v|): two forward passes per variable.
 */
export function finiteDifferences(graph: ExpressionGraph, env: Env): number[] {
	const base = forwardPass(graph, env);
	const work = [...base];
	const at = (id: number, v: number) => {
		for (let i = 0; i < base.length; i++) work[i] = base[i];
		work[id] = v;
		recompute(graph, work);
		return work[graph.output];
	};
	return graph.variables.map((name) => {
		const id = graph.nodes.findIndex((n) => n.kind === 'variable' && n.name === name);
		const v = base[id];
		const h = 1e-5 * Math.max(1, Math.abs(v));
		return (at(id, v + h) - at(id, v - h)) / (2 * h);
	});
}

export type DomainIssue = 'divisionByZero' | 'logDomain' | 'sqrtDomain' | 'powDomain' | 'overflow';

/**
 * The first node whose value is not finite although its inputs are, and why: the place where
 * an Infinity or NaN enters the graph. Null when every value is finite.
 */
export function firstDomainIssue(
	graph: ExpressionGraph,
	values: readonly number[]
): { node: number; issue: DomainIssue } | null {
	for (const [id, node] of graph.nodes.entries()) {
		if (Number.isFinite(values[id]) || node.kind !== 'op') continue;
		const args = node.inputs.map((i) => values[i]);
		if (!args.every(Number.isFinite)) continue;
		const issue: DomainIssue =
			node.op === 'div' && args[1] === 0
				? 'divisionByZero'
				: node.op === 'log'
					? 'logDomain'
					: node.op === 'sqrt'
						? 'sqrtDomain'
						: node.op === 'pow' && (args[0] < 0 || args[0] === 0)
							? 'powDomain'
							: 'overflow';
		return { node: id, issue };
	}
	return null;
}
