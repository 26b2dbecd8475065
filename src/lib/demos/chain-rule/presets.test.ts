import { describe, expect, it } from 'vitest';
import { buildGraph } from '$lib/math/expression-graph';
import { parseExpression } from '$lib/math/expression-parse';
import { presets } from './presets';

describe('presets', () => {
	it.each(presets)('$id parses and gives one value per variable', ({ expr, vals }) => {
		const r = parseExpression(expr);
		if (!r.ok) throw new Error(r.error.code);
		expect(buildGraph(r.expr).variables).toHaveLength(vals.length);
	});
	it('the two-layer preset gives the second layer a negative weight, the first a positive one', () => {
		const r = parseExpression(presets[1].expr);
		if (!r.ok) throw new Error(r.error.code);
		const names = buildGraph(r.expr).variables;
		const value = (name: string) => presets[1].vals[names.indexOf(name)];
		expect([value('w1'), value('x'), value('b1'), value('w2'), value('b2')]).toEqual([
			0.5, 1, 0.1, -1.2, 0.3
		]);
	});
});
