/**
 * A small parser for arithmetic expressions such as `tanh(w*x + b) * y`: numbers, variables,
 * + − * / ^, unary minus, parentheses and calls of a fixed list of one-argument functions. It
 * builds a syntax tree and never evaluates anything as code. Every node and every error carries
 * its position in the text (UTF-16 offsets), so a page can point at it.
 *
 * Precedence, loosest first: + −, then * /, then unary minus, then ^ (right-associative), so
 * −x^2 = −(x^2), 2^3^2 = 2^9 and 2^−1 = 0.5 as in mathematics. `**` is read as ^, and the
 * typographic − × · ÷ as − * * /.
 */

export const FUNCTION_NAMES = [
	'tanh',
	'sigmoid',
	'relu',
	'gelu',
	'silu',
	'exp',
	'log',
	'sqrt',
	'sin',
	'cos',
	'abs'
] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

export type Span = { start: number; end: number };
export type BinaryOp = '+' | '-' | '*' | '/' | '^';

export type Expr = Span &
	(
		| { kind: 'number'; value: number }
		| { kind: 'variable'; name: string }
		| { kind: 'negate'; arg: Expr }
		| { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr }
		| { kind: 'call'; name: FunctionName; arg: Expr }
	);

export type ParseErrorCode =
	| 'empty'
	| 'tooLong'
	| 'unexpectedChar'
	| 'unexpectedToken'
	| 'unexpectedEnd'
	| 'unclosedParen'
	| 'badNumber'
	| 'unknownFunction'
	| 'functionWithoutCall'
	| 'arity'
	| 'tooDeep'
	| 'tooManyNodes';

export type ParseError = Span & {
	code: ParseErrorCode;
	/** The text at the error (a token, a function name), when there is one. */
	found?: string;
	/** For 'arity': how many arguments were given. */
	count?: number;
};

export type ParseResult =
	{ ok: true; expr: Expr; nodes: number } | { ok: false; error: ParseError };

export type ParseLimits = {
	/** The longest text read at all. */
	maxLength: number;
	/** The most syntax-tree nodes; parsing stops as soon as there are more. */
	maxNodes: number;
	/** The deepest nesting of parentheses, calls, minus signs and powers. */
	maxDepth: number;
};

export const DEFAULT_LIMITS: ParseLimits = { maxLength: 2000, maxNodes: 100, maxDepth: 50 };

type Token = Span & { type: 'number' | 'name' | 'op' | 'end'; text: string };

const NUMBER = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const NAME = /[\p{L}_][\p{L}\p{N}_]*/uy;
const WHITE = /\s+/y;
const OPERATORS: Record<string, string> = {
	'+': '+',
	'-': '-',
	'−': '-',
	'*': '*',
	'×': '*',
	'·': '*',
	'/': '/',
	'÷': '/',
	'^': '^',
	'(': '(',
	')': ')',
	',': ','
};

class Failure {
	constructor(readonly error: ParseError) {}
}

const fail = (code: ParseErrorCode, span: Span, extra: Partial<ParseError> = {}): never => {
	throw new Failure({ code, start: span.start, end: span.end, ...extra });
};

function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	let i = 0;
	const match = (re: RegExp) => {
		re.lastIndex = i;
		return re.exec(text)?.[0];
	};
	while (i < text.length) {
		const space = match(WHITE);
		if (space) {
			i += space.length;
			continue;
		}
		const found = match(NUMBER) ?? match(NAME);
		if (found) {
			const type = /^[\d.]/.test(found) ? 'number' : 'name';
			tokens.push({ type, text: found, start: i, end: i + found.length });
			i += found.length;
			continue;
		}
		const two = text.slice(i, i + 2);
		if (two === '**') {
			tokens.push({ type: 'op', text: '^', start: i, end: i + 2 });
			i += 2;
			continue;
		}
		const char = String.fromCodePoint(text.codePointAt(i)!);
		const op = OPERATORS[char];
		if (!op) fail('unexpectedChar', { start: i, end: i + char.length }, { found: char });
		tokens.push({ type: 'op', text: op, start: i, end: i + 1 });
		i += 1;
	}
	tokens.push({ type: 'end', text: '', start: text.length, end: text.length });
	return tokens;
}

const isFunction = (name: string): name is FunctionName =>
	(FUNCTION_NAMES as readonly string[]).includes(name);

/** Parse `text` into a syntax tree, or say what is wrong and where. */
export function parseExpression(text: string, limits: ParseLimits = DEFAULT_LIMITS): ParseResult {
	if (text.length > limits.maxLength) {
		return { ok: false, error: { code: 'tooLong', start: limits.maxLength, end: text.length } };
	}
	try {
		const parser = new Parser(tokenize(text), limits);
		return { ok: true, expr: parser.parse(), nodes: parser.nodes };
	} catch (e) {
		if (e instanceof Failure) return { ok: false, error: e.error };
		throw e;
	}
}

class Parser {
	nodes = 0;
	#at = 0;
	#depth = 0;

	constructor(
		private readonly tokens: Token[],
		private readonly limits: ParseLimits
	) {}

	parse(): Expr {
		if (this.#peek().type === 'end') fail('empty', this.#peek());
		const expr = this.#sum();
		const next = this.#peek();
		if (next.type !== 'end') fail('unexpectedToken', next, { found: next.text });
		return expr;
	}

	#peek(): Token {
		return this.tokens[this.#at];
	}

	#next(): Token {
		return this.tokens[this.#at++];
	}

	#isOp(...ops: string[]): boolean {
		const token = this.#peek();
		return token.type === 'op' && ops.includes(token.text);
	}

	#node<E extends Expr>(expr: E): E {
		this.nodes += 1;
		if (this.nodes > this.limits.maxNodes) fail('tooManyNodes', expr);
		return expr;
	}

	#nested<T>(span: Span, read: () => T): T {
		this.#depth += 1;
		if (this.#depth > this.limits.maxDepth) fail('tooDeep', span);
		const result = read();
		this.#depth -= 1;
		return result;
	}

	#sum(): Expr {
		let left = this.#product();
		while (this.#isOp('+', '-')) {
			const op = this.#next().text as '+' | '-';
			const right = this.#product();
			left = this.#node({ kind: 'binary', op, left, right, start: left.start, end: right.end });
		}
		return left;
	}

	#product(): Expr {
		let left = this.#unary();
		while (this.#isOp('*', '/')) {
			const op = this.#next().text as '*' | '/';
			const right = this.#unary();
			left = this.#node({ kind: 'binary', op, left, right, start: left.start, end: right.end });
		}
		return left;
	}

	#unary(): Expr {
		if (!this.#isOp('-')) return this.#power();
		const minus = this.#next();
		const arg = this.#nested(minus, () => this.#unary());
		return this.#node({ kind: 'negate', arg, start: minus.start, end: arg.end });
	}

	#power(): Expr {
		const base = this.#primary();
		if (!this.#isOp('^')) return base;
		const caret = this.#next();
		const exponent = this.#nested(caret, () => this.#unary());
		return this.#node({
			kind: 'binary',
			op: '^',
			left: base,
			right: exponent,
			start: base.start,
			end: exponent.end
		});
	}

	#primary(): Expr {
		const token = this.#next();
		if (token.type === 'number') {
			const value = Number(token.text);
			if (!Number.isFinite(value)) fail('badNumber', token, { found: token.text });
			return this.#node({ kind: 'number', value, start: token.start, end: token.end });
		}
		if (token.type === 'name') {
			if (this.#isOp('(')) return this.#call(token);
			if (isFunction(token.text)) fail('functionWithoutCall', token, { found: token.text });
			return this.#node({
				kind: 'variable',
				name: token.text,
				start: token.start,
				end: token.end
			});
		}
		if (token.type === 'op' && token.text === '(') {
			const inner = this.#nested(token, () => this.#sum());
			const close = this.#close(token);
			return { ...inner, start: token.start, end: close.end };
		}
		if (token.type === 'end') fail('unexpectedEnd', token);
		return fail('unexpectedToken', token, { found: token.text });
	}

	#call(name: Token): Expr {
		if (!isFunction(name.text)) fail('unknownFunction', name, { found: name.text });
		const open = this.#next();
		const args: Expr[] = [];
		if (!this.#isOp(')')) {
			this.#nested(open, () => {
				args.push(this.#sum());
				while (this.#isOp(',')) {
					this.#next();
					args.push(this.#sum());
				}
			});
		}
		const close = this.#close(open);
		if (args.length !== 1) {
			fail(
				'arity',
				{ start: name.start, end: close.end },
				{ found: name.text, count: args.length }
			);
		}
		return this.#node({
			kind: 'call',
			name: name.text as FunctionName,
			arg: args[0],
			start: name.start,
			end: close.end
		});
	}

	/** The `)` matching `open`, or an error pointing at `open` when the text ends first. */
	#close(open: Token): Token {
		const token = this.#peek();
		if (token.type === 'op' && token.text === ')') return this.#next();
		if (token.type === 'end') fail('unclosedParen', open);
		return fail('unexpectedToken', token, { found: token.text });
	}
}
