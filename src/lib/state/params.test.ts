import { describe, expect, expectTypeOf, it } from 'vitest';
import fc from 'fast-check';
import {
	decodeHash,
	defaults,
	encodeHash,
	coerce,
	splitHash,
	stepOf,
	type KeyOfKind,
	type Schema,
	type Values
} from './params';

const schema = {
	t: { kind: 'number', default: 1, min: 0, max: 2 },
	k: { kind: 'int', default: 5, min: 1, max: 50 },
	seed: { kind: 'int', default: 7, min: 0, max: 4294967295 },
	greedy: { kind: 'bool', default: false },
	mode: { kind: 'enum', default: 'top-k', values: ['top-k', 'top-p', 'both'] },
	prompt: { kind: 'string', default: 'The cat sat on the', maxLength: 200 },
	logits: { kind: 'numbers', default: [1, 2, 3], min: -20, max: 20, maxLength: 10 }
} as const satisfies Schema;

const noNegZero = (x: number) => (Object.is(x, -0) ? 0 : x);
const validValues: fc.Arbitrary<Values<typeof schema>> = fc.record({
	t: fc.double({ min: 0, max: 2, noNaN: true }).map(noNegZero),
	k: fc.integer({ min: 1, max: 50 }),
	seed: fc.integer({ min: 0, max: 4294967295 }),
	greedy: fc.boolean(),
	mode: fc.constantFrom('top-k', 'top-p', 'both'),
	prompt: fc.string({ maxLength: 200, unit: 'binary' }),
	logits: fc.array(fc.double({ min: -20, max: 20, noNaN: true }).map(noNegZero), { maxLength: 10 })
});

describe('encodeHash / decodeHash', () => {
	it('round-trips any valid state without issues', () => {
		fc.assert(
			fc.property(validValues, (values) => {
				const decoded = decodeHash(schema, encodeHash(schema, values));
				expect(decoded.values).toEqual(values);
				expect(decoded.issues).toEqual([]);
			}),
			{ numRuns: 500 }
		);
	});

	it('writes only non-default values', () => {
		expect(encodeHash(schema, defaults(schema))).toBe('');
		expect(encodeHash(schema, { ...defaults(schema), t: 0.8, seed: 9 })).toBe('#t=0.8&seed=9');
	});

	it('reads the documented example', () => {
		const { values, issues } = decodeHash(schema, '#t=0.8&seed=7');
		expect(values.t).toBe(0.8);
		expect(values.seed).toBe(7);
		expect(issues).toEqual([]);
	});

	it('ignores unknown keys but keeps them for writing back', () => {
		const decoded = decodeHash(schema, '#zzz=1&t=0.5&lesson=6,12');
		expect(decoded.values.t).toBe(0.5);
		expect(decoded.issues).toEqual([]);
		expect(decoded.extra).toEqual([
			['zzz', '1'],
			['lesson', '6,12']
		]);
		expect(encodeHash(schema, decoded.values, decoded.extra)).toBe('#t=0.5&zzz=1&lesson=6,12');
	});

	it('clamps out-of-range numbers and says so', () => {
		const { values, issues } = decodeHash(schema, '#t=-1&k=1000&logits=1,99');
		expect(values.t).toBe(0);
		expect(values.k).toBe(50);
		expect(values.logits).toEqual([1, 20]);
		expect(issues).toEqual([
			{ key: 't', problem: 'clamped' },
			{ key: 'k', problem: 'clamped' },
			{ key: 'logits', problem: 'clamped' }
		]);
	});

	it('falls back to the default for unreadable values and names them', () => {
		const { values, issues } = decodeHash(
			schema,
			'#t=abc&k=NaN&greedy=maybe&mode=<img src=x>&logits=1,x&seed=Infinity'
		);
		expect(values).toEqual(defaults(schema));
		expect(issues.map((i) => i.key)).toEqual(['t', 'k', 'greedy', 'mode', 'logits', 'seed']);
		expect(issues.every((i) => i.problem === 'invalid')).toBe(true);
	});

	it('survives broken percent-encoding', () => {
		const { values, issues } = decodeHash(schema, '#prompt=%E0%A4%A&t=%');
		expect(values.prompt).toBe(schema.prompt.default);
		expect(values.t).toBe(1);
		expect(issues).toEqual([
			{ key: 'prompt', problem: 'invalid' },
			{ key: 't', problem: 'invalid' }
		]);
	});

	it('truncates too-long strings and lists', () => {
		const { values, issues } = decodeHash(
			schema,
			`#prompt=${'a'.repeat(300)}&logits=${'1,'.repeat(15)}1`
		);
		expect(values.prompt).toHaveLength(200);
		expect(values.logits).toHaveLength(10);
		expect(issues).toEqual([
			{ key: 'prompt', problem: 'truncated' },
			{ key: 'logits', problem: 'truncated' }
		]);
	});

	it('rounds ints and reads emoji and CJK strings', () => {
		const hash = encodeHash(schema, { ...defaults(schema), prompt: '猫 🐈‍⬛ & = #' });
		const { values } = decodeHash(schema, hash);
		expect(values.prompt).toBe('猫 🐈‍⬛ & = #');
		expect(decodeHash(schema, '#k=3.6').values.k).toBe(4);
	});

	it('does not treat inherited object keys as parameters', () => {
		const { values, extra } = decodeHash(schema, '#constructor=1&__proto__=2');
		expect(values).toEqual(defaults(schema));
		expect(extra).toHaveLength(2);
	});
});

describe('decodeHash with repeated keys', () => {
	it('takes the last value of a repeated key and reports it once', () => {
		const { values, issues } = decodeHash(schema, '#t=abc&t=0.5&k=x&k=y');
		expect(values.t).toBe(0.5);
		expect(issues).toEqual([{ key: 'k', problem: 'invalid' }]);
	});
});

describe('splitHash', () => {
	it('splits pairs, tolerates empty parts and missing "="', () => {
		expect(splitHash('#a=1&&b&c=x%20y')).toEqual([
			['a', '1'],
			['b', ''],
			['c', 'x y']
		]);
		expect(splitHash('')).toEqual([]);
	});
});

describe('coerce', () => {
	it('clamps numbers and rejects garbage to the default', () => {
		expect(coerce(schema.t, 5)).toBe(2);
		expect(coerce(schema.t, NaN)).toBe(1);
		expect(coerce(schema.mode, 'nope')).toBe('top-k');
		expect(coerce(schema.k, 2.4)).toBe(2);
	});
});

describe('stepOf', () => {
	it('takes the spec’s own step, else 1 for whole numbers and 0.01 for the rest', () => {
		expect(stepOf({ kind: 'int', default: 128, min: 2, max: 512, step: 2 })).toBe(2);
		expect(stepOf({ kind: 'number', default: 0, min: 0, max: 2, step: 0.1 })).toBe(0.1);
		expect(stepOf({ kind: 'int', default: 5, min: 1, max: 200 })).toBe(1);
		expect(stepOf({ kind: 'number', default: 1, min: 0, max: 3 })).toBe(0.01);
	});

	it('leaves the hash codec alone: a value between steps is read as written', () => {
		const schema = { d: { kind: 'int', default: 128, min: 2, max: 512, step: 2 } } as const;
		expect(decodeHash(schema, '#d=7').values.d).toBe(7);
	});
});

describe('KeyOfKind', () => {
	it('picks the keys a control may be bound to', () => {
		type S = {
			t: { kind: 'number'; default: 1; min: 0; max: 3 };
			k: { kind: 'int'; default: 5; min: 1; max: 9 };
			on: { kind: 'bool'; default: true };
			mode: { kind: 'enum'; default: 'a'; values: readonly ['a', 'b'] };
		};
		expectTypeOf<KeyOfKind<S, 'number' | 'int'>>().toEqualTypeOf<'t' | 'k'>();
		expectTypeOf<KeyOfKind<S, 'bool'>>().toEqualTypeOf<'on'>();
		expectTypeOf<KeyOfKind<S, 'enum' | 'int'>>().toEqualTypeOf<'mode' | 'k'>();
	});
});
