import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FUNCTION_NAMES, parseExpression, type Expr, type ParseError } from './expression-parse';

/** The tree written back with every operation in parentheses, to read precedence off it. */
function show(e: Expr): string {
	switch (e.kind) {
		case 'number':
			return String(e.value);
		case 'variable':
			return e.name;
		case 'negate':
			return `(-${show(e.arg)})`;
		case 'binary':
			return `(${show(e.left)}${e.op}${show(e.right)})`;
		case 'call':
			return `${e.name}(${show(e.arg)})`;
	}
}

const parsed = (text: string) => {
	const r = parseExpression(text);
	if (!r.ok) throw new Error(`${text}: ${r.error.code} at ${r.error.start}`);
	return show(r.expr);
};

const error = (text: string): ParseError => {
	const r = parseExpression(text);
	if (r.ok) throw new Error(`${text} parsed`);
	return r.error;
};

describe('parseExpression(text): precedence and associativity', () => {
	it('binds * / tighter than + − and reads both left to right', () => {
		expect(parsed('a + b * c')).toBe('(a+(b*c))');
		expect(parsed('a - b - c')).toBe('((a-b)-c)');
		expect(parsed('a / b / c')).toBe('((a/b)/c)');
		expect(parsed('a * b + c / d')).toBe('((a*b)+(c/d))');
	});
	it('reads ^ right to left, tighter than unary minus, and allows a signed exponent', () => {
		expect(parsed('2^3^2')).toBe('(2^(3^2))');
		expect(parsed('-x^2')).toBe('(-(x^2))');
		expect(parsed('2^-1')).toBe('(2^(-1))');
		expect(parsed('a * -b')).toBe('(a*(-b))');
		expect(parsed('--x')).toBe('(-(-x))');
		expect(parsed('x**2')).toBe('(x^2)');
	});
	it('parses the guide’s neuron with function calls and parentheses', () => {
		expect(parsed('tanh(w*x + b) * y')).toBe('(tanh(((w*x)+b))*y)');
		expect(parsed('sigmoid(-(a + b))')).toBe('sigmoid((-(a+b)))');
	});
	it('reads numbers with decimals and exponents, names with digits, underscores and Greek', () => {
		expect(parsed('1.5e-3 + .5 + 2.')).toBe('((0.0015+0.5)+2)');
		expect(parsed('w_1 * θ2')).toBe('(w_1*θ2)');
	});
	it('accepts the typographic − × · ÷', () => {
		expect(parsed('a − b × c · d ÷ e')).toBe('(a-(((b*c)*d)/e))');
	});
	it('gives every node its span in the text', () => {
		const r = parseExpression('tanh(w*x + b) * y');
		if (!r.ok) throw new Error('no parse');
		expect(r.expr).toMatchObject({ kind: 'binary', op: '*', start: 0, end: 17 });
		const call = (r.expr as Extract<Expr, { kind: 'binary' }>).left;
		expect(call).toMatchObject({ kind: 'call', name: 'tanh', start: 0, end: 13 });
		expect(r.nodes).toBe(8);
	});
});

describe('parseExpression(text): errors point at their position', () => {
	it('an empty text', () => {
		expect(error('   ')).toMatchObject({ code: 'empty', start: 3 });
	});
	it('a character that is no part of the language', () => {
		expect(error('a + b $ c')).toMatchObject({ code: 'unexpectedChar', start: 6, found: '$' });
	});
	it('a missing operand at the end, and a missing operator in 2x', () => {
		expect(error('a +')).toMatchObject({ code: 'unexpectedEnd', start: 3 });
		expect(error('2x')).toMatchObject({ code: 'unexpectedToken', start: 1, found: 'x' });
		expect(error('a * * b')).toMatchObject({ code: 'unexpectedToken', start: 4, found: '*' });
	});
	it('an unclosed parenthesis points at the one that is open; a stray one at itself', () => {
		expect(error('tanh((a + b)')).toMatchObject({ code: 'unclosedParen', start: 4 });
		expect(error('(a + b))')).toMatchObject({ code: 'unexpectedToken', start: 7, found: ')' });
	});
	it('an unknown function, and a known one used without a call', () => {
		expect(error('2 * softplus(x)')).toMatchObject({
			code: 'unknownFunction',
			start: 4,
			end: 12,
			found: 'softplus'
		});
		expect(error('tanh + 1')).toMatchObject({ code: 'functionWithoutCall', found: 'tanh' });
	});
	it('a call with no argument or two', () => {
		expect(error('exp()')).toMatchObject({ code: 'arity', count: 0, start: 0, end: 5 });
		expect(error('exp(a, b)')).toMatchObject({ code: 'arity', count: 2 });
	});
	it('a number too large for a float64', () => {
		expect(error('1e400 * x')).toMatchObject({ code: 'badNumber', start: 0, end: 5 });
	});
	it('limits: length, nodes and nesting, each before any work proportional to the excess', () => {
		const megabyte = 'x+'.repeat(2 ** 19);
		expect(error(megabyte)).toMatchObject({ code: 'tooLong', start: 2000 });
		const r = parseExpression('x+'.repeat(999) + 'x');
		expect(r).toMatchObject({ ok: false, error: { code: 'tooManyNodes' } });
		expect(error('('.repeat(60) + 'x' + ')'.repeat(60))).toMatchObject({ code: 'tooDeep' });
		expect(error('-'.repeat(60) + 'x')).toMatchObject({ code: 'tooDeep' });
	});
});

describe('parseExpression(text): properties', () => {
	/** Random expressions written out in full parentheses, with their expected reading. */
	const leaf = fc.oneof(
		fc.constantFrom('a', 'b', 'x', 'w1'),
		fc.integer({ min: 0, max: 99 }).map(String)
	);
	const tree = fc.letrec<{ expr: string }>((tie) => ({
		expr: fc.oneof(
			{ depthSize: 'small', withCrossShrink: true },
			leaf,
			fc
				.tuple(tie('expr'), fc.constantFrom('+', '-', '*', '/', '^'), tie('expr'))
				.map(([l, op, r]) => `(${l}${op}${r})`),
			fc.tuple(fc.constantFrom(...FUNCTION_NAMES), tie('expr')).map(([f, a]) => `${f}(${a})`)
		)
	})).expr;

	it('a fully parenthesised expression reads back as itself, whatever the spacing', () => {
		fc.assert(
			fc.property(tree, fc.constantFrom('', ' ', '  '), (text, pad) => {
				const r = parseExpression(text.replace(/([()+\-*/^])/g, `${pad}$1${pad}`), {
					maxLength: 1e6,
					maxNodes: 1e6,
					maxDepth: 1e3
				});
				if (!r.ok) throw new Error(`${text}: ${r.error.code}`);
				expect(show(r.expr)).toBe(text);
			}),
			{ seed: 31, numRuns: 300 }
		);
	});
	it('never throws on any text, and any error lies within the text', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom(...'ab1.+-*/^(),e x$') }), (text) => {
				const r = parseExpression(text);
				if (!r.ok) {
					expect(r.error.start).toBeGreaterThanOrEqual(0);
					expect(r.error.end).toBeLessThanOrEqual(text.length);
					expect(r.error.start).toBeLessThanOrEqual(r.error.end);
				}
			}),
			{ seed: 13, numRuns: 500 }
		);
	});
});
