import { describe, expect, it } from 'vitest';
import { buildGraph } from './expression-graph';
import { parseExpression } from './expression-parse';

const graphOf = (text: string) => {
	const r = parseExpression(text);
	if (!r.ok) throw new Error(r.error.code);
	return buildGraph(r.expr);
};

describe('buildGraph(expr)', () => {
	it('lays the neuron out in topological order, the output last', () => {
		const g = graphOf('tanh(w*x + b) * y');
		const summary = g.nodes.map((n) =>
			n.kind === 'op' ? `${n.op}(${n.inputs.join(',')})` : n.kind === 'variable' ? n.name : n.value
		);
		expect(summary).toEqual(['w', 'x', 'mul(0,1)', 'b', 'add(2,3)', 'tanh(4)', 'y', 'mul(5,6)']);
		expect(g.variables).toEqual(['w', 'x', 'b', 'y']);
		expect(g.output).toBe(7);
	});
	it('makes every use of a variable the same node, and every number its own', () => {
		const g = graphOf('x * x + 2 * x + 2');
		expect(g.nodes.filter((n) => n.kind === 'variable')).toHaveLength(1);
		expect(g.nodes.filter((n) => n.kind === 'constant')).toHaveLength(2);
		const mul = g.nodes[1];
		expect(mul).toMatchObject({ kind: 'op', op: 'mul', inputs: [0, 0] });
	});
	it('keeps each node’s span in the text', () => {
		const g = graphOf('-(a + b)');
		expect(g.nodes[g.output]).toMatchObject({ op: 'neg', start: 0, end: 8 });
		expect(g.nodes[2]).toMatchObject({ op: 'add', start: 1, end: 8 });
	});
	it('puts every input before its node', () => {
		const g = graphOf('sigmoid(a*b - c/(a + 1))^2 + log(b)');
		g.nodes.forEach((n, id) => n.inputs.forEach((i) => expect(i).toBeLessThan(id)));
	});
});
