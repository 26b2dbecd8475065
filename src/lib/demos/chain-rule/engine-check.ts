/**
 * The same expression run through the project's autodiff engine (scalar tensors, the PyTorch
 * way), for a second opinion on the hand-written backward pass. The engine has no sin, cos or
 * abs, and raises to constant powers only; for those the check says so instead of answering.
 */
import { graph as recordedGraph, Tensor } from '$lib/math/autodiff';
import { needsGradient, type Env } from '$lib/math/chain-rule';
import type { ExpressionGraph, GraphOp } from '$lib/math/expression-graph';

export type EngineCheck =
	| { kind: 'done'; value: number; grads: Map<string, number>; recordedNodes: number }
	| { kind: 'unsupported'; op: GraphOp }
	| { kind: 'noVariables' };

const UNARY = {
	neg: (a: Tensor) => a.mul(-1),
	exp: (a: Tensor) => a.exp(),
	log: (a: Tensor) => a.log(),
	sqrt: (a: Tensor) => a.pow(0.5),
	tanh: (a: Tensor) => a.tanh(),
	sigmoid: (a: Tensor) => a.sigmoid(),
	relu: (a: Tensor) => a.relu(),
	gelu: (a: Tensor) => a.gelu(),
	silu: (a: Tensor) => a.silu()
} satisfies Partial<Record<GraphOp, (a: Tensor) => Tensor>>;

const BINARY = {
	add: (a: Tensor, b: Tensor) => a.add(b),
	sub: (a: Tensor, b: Tensor) => a.sub(b),
	mul: (a: Tensor, b: Tensor) => a.mul(b),
	div: (a: Tensor, b: Tensor) => a.div(b)
} satisfies Partial<Record<GraphOp, (a: Tensor, b: Tensor) => Tensor>>;

export function engineCheck(graph: ExpressionGraph, env: Env): EngineCheck {
	if (graph.variables.length === 0) return { kind: 'noVariables' };
	const needs = needsGradient(graph);
	const tensors: Tensor[] = [];
	for (const node of graph.nodes) {
		if (node.kind === 'variable') {
			tensors.push(Tensor.scalar(env[node.name], { requiresGrad: true, name: node.name }));
			continue;
		}
		if (node.kind === 'constant') {
			tensors.push(Tensor.scalar(node.value));
			continue;
		}
		const [a, b] = node.inputs.map((i) => tensors[i]);
		const op = node.op;
		if (op in UNARY) tensors.push(UNARY[op as keyof typeof UNARY](a));
		else if (op in BINARY) tensors.push(BINARY[op as keyof typeof BINARY](a, b));
		else if (op === 'pow' && !needs[node.inputs[1]]) tensors.push(a.pow(b.item()));
		else return { kind: 'unsupported', op };
	}
	const out = tensors[graph.output];
	out.backward();
	const recorded = recordedGraph(out);
	const grads = new Map<string, number>();
	for (const node of recorded) {
		if (node.op === null && node.name !== undefined && node.grad)
			grads.set(node.name, node.grad[0]);
	}
	return { kind: 'done', value: out.item(), grads, recordedNodes: recorded.length };
}
