import { describe, expect, it } from 'vitest';
import { buildGraph } from '$lib/math/expression-graph';
import { parseExpression } from '$lib/math/expression-parse';
import { definition, localFormula, nodeDefinition, nodeNames, num } from './notation';

describe('nodeNames(graph)', () => {
	it('names variables, numbers, operations v₁… and the output f', () => {
		const r = parseExpression('tanh(w*x + 0.5) * y');
		if (!r.ok) throw new Error('no parse');
		const g = buildGraph(r.expr);
		const names = nodeNames(g);
		expect(names).toEqual(['w', 'x', 'v₁', '0.5', 'v₂', 'v₃', 'y', 'f']);
		expect(nodeDefinition(g, names, 4)).toBe('v₂ = v₁ + 0.5');
		expect(nodeDefinition(g, names, 7)).toBe('f = v₃ · y');
		expect(nodeDefinition(g, names, 0)).toBe('w');
	});
});

describe('definition and localFormula', () => {
	it('write an operation and its local derivatives in the names given', () => {
		expect(definition('mul', ['w', 'x'])).toBe('w · x');
		expect(definition('tanh', ['v₂'])).toBe('tanh(v₂)');
		expect(definition('neg', ['x'])).toBe('−x');
		expect(localFormula('mul', 0, 'w', 'x', 'v₁')).toBe('x');
		expect(localFormula('div', 1, 'a', 'b', 'f')).toBe('−a/b²');
		expect(localFormula('tanh', 0, 'v₂', '', 'v₃')).toBe('1 − v₃²');
	});
});

describe('num(x)', () => {
	it('writes four significant digits, exponents for the very large or small, and JS names', () => {
		expect(num(1.4231555)).toBe('1.423');
		expect(num(-0.5)).toBe('−0.5');
		expect(num(2)).toBe('2');
		expect(num(123456)).toBe('1.23e+5');
		expect(num(0.00012)).toBe('1.2e-4');
		expect(num(1 / 0)).toBe('Infinity');
		expect(num(-1 / 0)).toBe('−Infinity');
		expect(num(NaN)).toBe('NaN');
	});
});
