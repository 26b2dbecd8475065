import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	applyOp,
	backwardPass,
	evaluate,
	finiteDifferences,
	firstDomainIssue,
	forwardPass,
	localDerivatives,
	needsGradient
} from './chain-rule';
import { buildGraph, type GraphOp } from './expression-graph';
import { parseExpression } from './expression-parse';

const graphOf = (text: string) => {
	const r = parseExpression(text);
	if (!r.ok) throw new Error(r.error.code);
	return buildGraph(r.expr);
};

describe('forwardPass / backwardPass on the guide’s neuron', () => {
	const g = graphOf('tanh(w*x + b) * y');
	const env = { w: 0.5, x: 1, b: 0.1, y: 2 };
	const values = forwardPass(g, env);
	const { grads, locals } = backwardPass(g, values);
	const h = Math.tanh(0.6);

	it('computes every node forward (hand-checked)', () => {
		expect(values).toEqual([0.5, 1, 0.5, 0.1, 0.6, h, 2, 2 * h]);
	});
	it('sends ∂f/∂f = 1 back, multiplying local derivatives', () => {
		const dv = 2 * (1 - h * h); // ∂f/∂(wx + b) = y · tanh′
		expect(grads[7]).toBe(1);
		expect(grads[6]).toBeCloseTo(h, 15); // ∂f/∂y = tanh(wx + b)
		expect(grads[5]).toBe(2); // ∂f/∂tanh = y
		expect(locals[5]).toEqual([1 - h * h]);
		expect(grads[4]).toBeCloseTo(dv, 15);
		expect(grads[3]).toBeCloseTo(dv, 15); // b
		expect(grads[0]).toBeCloseTo(dv * 1, 15); // w: · x
		expect(grads[1]).toBeCloseTo(dv * 0.5, 15); // x: · w
		expect(locals[2]).toEqual([1, 0.5]);
		expect(dv).toBeCloseTo(1.4231555, 6);
	});
});

describe('backwardPass(graph, values)', () => {
	it('adds both paths for a variable used twice: d(x·x)/dx = x + x', () => {
		const g = graphOf('x * x');
		const { grads, locals } = backwardPass(g, forwardPass(g, { x: 3 }));
		expect(locals[1]).toEqual([3, 3]);
		expect(grads[0]).toBe(6);
	});
	it('gives numbers and what only they feed no gradient, and no local derivative toward them', () => {
		const g = graphOf('x ^ (1 + 1)');
		expect(needsGradient(g)).toEqual([true, false, false, false, true]);
		const { grads, locals } = backwardPass(g, forwardPass(g, { x: -3 }));
		expect(grads).toEqual([-6, null, null, null, 1]);
		// The exponent's local derivative would be NaN at x < 0; it is not computed.
		expect(locals[4]).toEqual([-6, null]);
	});
	it('equals central finite differences for random smooth expressions', () => {
		const leaf = fc.constantFrom('a', 'b', 'c', '0.5', '2');
		const smooth = fc.constantFrom('tanh', 'sigmoid', 'sin', 'cos', 'exp', 'gelu', 'silu');
		const tree = fc.letrec<{ e: string }>((tie) => ({
			e: fc.oneof(
				{ depthSize: 'small' },
				leaf,
				fc
					.tuple(tie('e'), fc.constantFrom('+', '-', '*'), tie('e'))
					.map(([l, op, r]) => `(${l}${op}${r})`),
				fc.tuple(smooth, tie('e')).map(([f, a]) => `${f}(${a})`),
				tie('e').map((a) => `(${a})/(1 + (${a})^2)`)
			)
		})).e;
		const value = fc.double({ min: -1.5, max: 1.5, noNaN: true });
		fc.assert(
			fc.property(tree, value, value, value, (text, a, b, c) => {
				const r = parseExpression(text, { maxLength: 1e5, maxNodes: 1e5, maxDepth: 1e3 });
				if (!r.ok) throw new Error(r.error.code);
				const g = buildGraph(r.expr);
				const env = { a, b, c };
				const values = forwardPass(g, env);
				fc.pre(values.every((v) => Math.abs(v) < 1e6));
				const { grads } = backwardPass(g, values);
				const fds = finiteDifferences(g, env);
				g.variables.forEach((name, k) => {
					const id = g.nodes.findIndex((n) => n.kind === 'variable' && n.name === name);
					const fd = fds[k];
					expect(Math.abs((grads[id] as number) - fd)).toBeLessThan(1e-5 * (1 + Math.abs(fd)));
				});
			}),
			{ seed: 31, numRuns: 200 }
		);
	});
});

describe('localDerivatives(op, args, value)', () => {
	const ops: [GraphOp, number[]][] = [
		['add', [1.3, -0.4]],
		['sub', [1.3, -0.4]],
		['mul', [1.3, -0.4]],
		['div', [1.3, -0.4]],
		['pow', [1.3, -0.4]],
		['neg', [0.7]],
		['exp', [0.7]],
		['log', [0.7]],
		['sqrt', [0.7]],
		['sin', [0.7]],
		['cos', [0.7]],
		['abs', [-0.7]],
		['tanh', [0.7]],
		['sigmoid', [0.7]],
		['relu', [0.7]],
		['gelu', [0.7]],
		['silu', [0.7]]
	];
	it.each(ops)('%s: each equals a central difference of applyOp', (op, args) => {
		const local = localDerivatives(op, args, applyOp(op, args[0], args[1]));
		args.forEach((_, k) => {
			const h = 1e-6;
			const at = (d: number) => {
				const [a, b] = args.map((x, j) => (j === k ? x + d : x));
				return applyOp(op, a, b);
			};
			expect(local[k]).toBeCloseTo((at(h) - at(-h)) / (2 * h), 7);
		});
	});
	it('follows PyTorch at the kinks: relu′(0) = 0, abs′(0) = 0', () => {
		expect(localDerivatives('relu', [0], 0)).toEqual([0]);
		expect(localDerivatives('abs', [0], 0)).toEqual([0]);
	});
});

describe('finiteDifferences(graph, env)', () => {
	it('approximates each variable’s derivative to about h² (hand-checked polynomials)', () => {
		const g = graphOf('x * x * y + 3 * y');
		const [dx, dy] = finiteDifferences(g, { x: 3, y: -2 });
		expect(dx).toBeCloseTo(2 * 3 * -2, 8); // 2xy
		expect(dy).toBeCloseTo(9 + 3, 8); // x² + 3
	});
});

describe('firstDomainIssue(graph, values)', () => {
	const issue = (text: string, env: Record<string, number> = {}) => {
		const g = graphOf(text);
		return firstDomainIssue(g, forwardPass(g, env));
	};
	it('finds where 1/0 = Infinity enters, and no issue downstream of it', () => {
		const g = graphOf('(1/0) * 2 + x');
		expect(evaluate(g, { x: 1 })).toBe(Infinity);
		expect(firstDomainIssue(g, forwardPass(g, { x: 1 }))).toEqual({
			node: 2,
			issue: 'divisionByZero'
		});
	});
	it('names a log, root or power outside its domain, and an overflow', () => {
		expect(issue('log(x)', { x: 0 })?.issue).toBe('logDomain');
		expect(issue('sqrt(x)', { x: -1 })?.issue).toBe('sqrtDomain');
		expect(issue('x ^ 0.5', { x: -1 })?.issue).toBe('powDomain');
		expect(issue('exp(x)', { x: 1000 })?.issue).toBe('overflow');
		expect(issue('x * 2', { x: 3 })).toBeNull();
	});
});
