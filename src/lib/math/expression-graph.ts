/**
 * The computational graph of a parsed expression: one node per operation, number and variable,
 * in topological order (every node after its inputs, the output last). A variable's every use is
 * the same node, so a variable used twice has two outgoing edges; numbers and operations are one
 * node per occurrence, as an autodiff engine records them.
 */
import type { Expr, FunctionName, Span } from './expression-parse';

export type GraphOp = 'add' | 'sub' | 'mul' | 'div' | 'pow' | 'neg' | FunctionName;

export type GraphNode = Span &
	(
		| { kind: 'variable'; name: string; inputs: readonly [] }
		| { kind: 'constant'; value: number; inputs: readonly [] }
		| { kind: 'op'; op: GraphOp; inputs: readonly number[] }
	);

export type ExpressionGraph = {
	/** Topological order: the ids of a node's inputs are smaller than its own. */
	nodes: GraphNode[];
	/** Variable names in order of first appearance in the text. */
	variables: string[];
	/** The id of the output node (the last one). */
	output: number;
};

const BINARY: Record<string, GraphOp> = {
	'+': 'add',
	'-': 'sub',
	'*': 'mul',
	'/': 'div',
	'^': 'pow'
};

export function buildGraph(expr: Expr): ExpressionGraph {
	const nodes: GraphNode[] = [];
	const variableIds = new Map<string, number>();
	const push = (node: GraphNode) => nodes.push(node) - 1;

	function visit(e: Expr): number {
		const span = { start: e.start, end: e.end };
		switch (e.kind) {
			case 'number':
				return push({ kind: 'constant', value: e.value, inputs: [], ...span });
			case 'variable': {
				const known = variableIds.get(e.name);
				if (known !== undefined) return known;
				const id = push({ kind: 'variable', name: e.name, inputs: [], ...span });
				variableIds.set(e.name, id);
				return id;
			}
			case 'negate':
				return push({ kind: 'op', op: 'neg', inputs: [visit(e.arg)], ...span });
			case 'call':
				return push({ kind: 'op', op: e.name, inputs: [visit(e.arg)], ...span });
			case 'binary': {
				const left = visit(e.left);
				const right = visit(e.right);
				return push({ kind: 'op', op: BINARY[e.op], inputs: [left, right], ...span });
			}
		}
	}

	const output = visit(expr);
	return { nodes, variables: [...variableIds.keys()], output };
}
