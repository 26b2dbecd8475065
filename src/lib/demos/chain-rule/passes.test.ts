import { describe, expect, it } from 'vitest';
import { backwardPass, forwardPass } from '$lib/math/chain-rule';
import { buildGraph } from '$lib/math/expression-graph';
import { parseExpression } from '$lib/math/expression-parse';
import { edgeKey, passesKey, runPasses, stateAt } from './passes';

const graphOf = (text: string) => {
	const r = parseExpression(text);
	if (!r.ok) throw new Error(r.error.code);
	return buildGraph(r.expr);
};

describe('runPasses(graph, env) and stateAt(graph, passes, step)', () => {
	const g = graphOf('x * y + tanh(x)');
	const env = { x: 0.5, y: 2 };
	const passes = runPasses(g, env);

	it('has a start, one forward step per operation, the seed, one backward step per operation', () => {
		expect(passes.steps.map((s) => s.kind)).toEqual([
			'start',
			'forward',
			'forward',
			'forward',
			'seed',
			'backward',
			'backward',
			'backward'
		]);
	});
	it('step 0 knows only the inputs; the forward steps fill values in topological order', () => {
		expect(stateAt(g, passes, 0).known).toEqual([true, true, false, false, false]);
		expect(stateAt(g, passes, 1).known).toEqual([true, true, true, false, false]);
		expect(stateAt(g, passes, 2).grads.every((d) => d === null)).toBe(true);
	});
	it('gives x the sum of both paths, one path per backward step', () => {
		const x = 0;
		const t = Math.tanh(0.5);
		// Backward of tanh(x) comes first (it was computed last): x gets 1 · (1 − tanh²).
		const afterTanh = stateAt(g, passes, 6);
		expect(afterTanh.grads[x]).toBeCloseTo(1 - t * t, 15);
		const end = stateAt(g, passes, 7);
		expect(end.grads[x]).toBeCloseTo(1 - t * t + 2, 15);
		const last = passes.steps[7];
		if (last.kind !== 'backward') throw new Error('not backward');
		expect(last.sends[0]).toMatchObject({ to: x, local: 2, upstream: 1, product: 2, earlier: 1 });
		expect(last.sends[0].before).toBeCloseTo(1 - t * t, 15);
		expect(end.sent.get(edgeKey(2, 0))?.local).toBe(2);
	});
	it('ends on exactly the gradients of backwardPass', () => {
		for (const text of ['tanh(w*x + b) * y', 'x*x*x - x/(1 + x^2)', 'x ^ (1 + 1) * 3']) {
			const graph = graphOf(text);
			const e = { w: 0.3, x: -1.7, b: 0.2, y: 1.1 };
			const p = runPasses(graph, e);
			const end = stateAt(graph, p, p.steps.length - 1);
			const { grads } = backwardPass(graph, forwardPass(graph, e));
			expect(end.grads).toEqual(grads.map((d, id) => (d === null ? null : end.grads[id])));
			graph.nodes.forEach((n, id) => {
				if (n.kind === 'variable') expect(end.grads[id]).toBe(grads[id]);
			});
		}
	});
	it('clamps the step into range', () => {
		expect(stateAt(g, passes, -3).current.kind).toBe('start');
		expect(stateAt(g, passes, 999).current).toBe(passes.steps[7]);
	});
	it('a lone variable has only the seed; numbers alone have no backward pass', () => {
		expect(runPasses(graphOf('x'), { x: 2 }).steps.map((s) => s.kind)).toEqual(['start', 'seed']);
		expect(runPasses(graphOf('1/0'), {}).steps.map((s) => s.kind)).toEqual(['start', 'forward']);
	});
});

describe('passesKey(graph, env)', () => {
	const key = (text: string, env: Record<string, number>) => passesKey(graphOf(text), env);

	it('is the same for a renamed variable of the same value, so its passes can be kept', () => {
		expect(key('tanh(w*x) * y', { w: 1, x: 2, y: 3 })).toBe(
			key('tanh(w*x) * y7', { w: 1, x: 2, y7: 3 })
		);
		expect(runPasses(graphOf('x * y'), { x: 2, y: 3 })).toEqual(
			runPasses(graphOf('x * y7'), { x: 2, y7: 3 })
		);
	});
	it('differs with a value (even −0), a number, an operation or the shape', () => {
		const base = key('x * y + 2', { x: 1, y: 0 });
		expect(key('x * y + 2', { x: 1, y: -0 })).not.toBe(base);
		expect(key('x * y + 3', { x: 1, y: 0 })).not.toBe(base);
		expect(key('x / y + 2', { x: 1, y: 0 })).not.toBe(base);
		expect(key('x * (y + 2)', { x: 1, y: 0 })).not.toBe(base);
		expect(key('x * x + 2', { x: 1 })).not.toBe(key('x * y + 2', { x: 1, y: 1 }));
	});
});
