/** How the chain-rule demo names nodes and writes formulas and numbers. */
import type { ExpressionGraph, GraphOp } from '$lib/math/expression-graph';

const SUBSCRIPT = '₀₁₂₃₄₅₆₇₈₉';
const subscript = (n: number) =>
	String(n)
		.split('')
		.map((d) => SUBSCRIPT[Number(d)])
		.join('');

/**
 * The name of each node, as an evaluation trace writes it: a variable by its name, a number by
 * its value, the operations v₁, v₂, … in the order they are computed, and the output f.
 */
export function nodeNames(graph: ExpressionGraph): string[] {
	let k = 0;
	return graph.nodes.map((n, id) => {
		if (n.kind === 'variable') return n.name;
		if (n.kind === 'constant') return num(n.value);
		if (id === graph.output) return 'f';
		k += 1;
		return `v${subscript(k)}`;
	});
}

const INFIX: Partial<Record<GraphOp, string>> = {
	add: '+',
	sub: '−',
	mul: '·',
	div: '/',
	pow: '^'
};

/** The symbol drawn in a node: + − × / ^, − for negation, or the function's name. */
export const opSymbol = (op: GraphOp) =>
	op === 'neg' ? '−' : op === 'mul' ? '×' : (INFIX[op] ?? op);

/** The right-hand side of a node's definition: `v₁ + b`, `tanh(v₂)`, `−x`. */
export function definition(op: GraphOp, args: readonly string[]): string {
	const infix = INFIX[op];
	if (infix) return `${args[0]} ${infix} ${args[1]}`;
	if (op === 'neg') return `−${args[0]}`;
	return `${op}(${args[0]})`;
}

/** `v₂ = v₁ + b` for an operation; a variable or number is its own name. */
export function nodeDefinition(graph: ExpressionGraph, names: readonly string[], id: number) {
	const n = graph.nodes[id];
	if (n.kind !== 'op') return names[id];
	return `${names[id]} = ${definition(
		n.op,
		n.inputs.map((i) => names[i])
	)}`;
}

/**
 * The local derivative ∂out/∂(argument k) as a formula in the names of the arguments (a, b)
 * and of the result (out). At kinks the PyTorch convention (relu′(0) = 0).
 */
export function localFormula(op: GraphOp, k: number, a: string, b: string, out: string): string {
	switch (op) {
		case 'add':
			return '1';
		case 'sub':
			return k === 0 ? '1' : '−1';
		case 'mul':
			return k === 0 ? b : a;
		case 'div':
			return k === 0 ? `1/${b}` : `−${a}/${b}²`;
		case 'pow':
			return k === 0 ? `${b}·${a}^(${b}−1)` : `${out}·ln ${a}`;
		case 'neg':
			return '−1';
		case 'exp':
			return out;
		case 'log':
			return `1/${a}`;
		case 'sqrt':
			return `1/(2·${out})`;
		case 'sin':
			return `cos(${a})`;
		case 'cos':
			return `−sin(${a})`;
		case 'abs':
			return `sign(${a})`;
		case 'tanh':
			return `1 − ${out}²`;
		case 'sigmoid':
			return `${out}·(1 − ${out})`;
		case 'relu':
			return `[${a} > 0]`;
		case 'gelu':
			return `Φ(${a}) + ${a}·φ(${a})`;
		case 'silu':
			return `σ(${a})·(1 + ${a}·(1 − σ(${a})))`;
	}
}

/**
 * A number to four significant digits without trailing zeros; very large or small ones in
 * exponent form; Infinity, −Infinity and NaN as JavaScript names them.
 */
export function num(x: number): string {
	if (!Number.isFinite(x)) return String(x).replace(/^-/, '−');
	if (x === 0) return '0';
	const abs = Math.abs(x);
	const text =
		abs >= 1e5 || abs < 1e-3
			? x.toExponential(2).replace(/\.?0+e/, 'e')
			: String(Number(x.toPrecision(4)));
	return text.replace(/^-/, '−');
}
