import { describe, expect, it } from 'vitest';
import { backwardPass, forwardPass } from '$lib/math/chain-rule';
import { buildGraph } from '$lib/math/expression-graph';
import { parseExpression } from '$lib/math/expression-parse';
import { engineCheck } from './engine-check';

const graphOf = (text: string) => {
	const r = parseExpression(text);
	if (!r.ok) throw new Error(r.error.code);
	return buildGraph(r.expr);
};

describe('engineCheck(graph, env)', () => {
	it('agrees with the hand-written backward pass on every variable', () => {
		const text = 'sigmoid(w2 * tanh(w1*x + b1) + b2) / sqrt(x^2 + 1) - gelu(-x) + log(exp(b1))';
		const g = graphOf(text);
		const env = { w1: 0.5, x: 1.3, b1: 0.1, w2: -1.2, b2: 0.3 };
		const values = forwardPass(g, env);
		const { grads } = backwardPass(g, values);
		const check = engineCheck(g, env);
		if (check.kind !== 'done') throw new Error(check.kind);
		expect(check.value).toBeCloseTo(values[g.output], 14);
		g.nodes.forEach((n, id) => {
			if (n.kind === 'variable') expect(check.grads.get(n.name)).toBeCloseTo(grads[id]!, 12);
		});
		expect(check.recordedNodes).toBeGreaterThan(10);
	});
	it('says which operation the engine lacks, and when there is nothing to differentiate', () => {
		expect(engineCheck(graphOf('sin(x)'), { x: 1 })).toEqual({ kind: 'unsupported', op: 'sin' });
		expect(engineCheck(graphOf('2 ^ x'), { x: 1 })).toEqual({ kind: 'unsupported', op: 'pow' });
		expect(engineCheck(graphOf('2 * 3'), {})).toEqual({ kind: 'noVariables' });
	});
});
