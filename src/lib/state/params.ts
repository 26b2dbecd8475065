/**
 * Typed demo parameters and their URL-hash codec (`#t=0.8&seed=7`).
 * Pure: no DOM. The hash is the single home of a demo's state, so a link replays the view.
 */

export type ParamSpec =
	| { kind: 'number'; default: number; min: number; max: number; step?: number }
	| { kind: 'int'; default: number; min: number; max: number; step?: number }
	| { kind: 'bool'; default: boolean }
	| { kind: 'enum'; default: string; values: readonly string[] }
	| { kind: 'string'; default: string; maxLength: number }
	| { kind: 'numbers'; default: readonly number[]; min: number; max: number; maxLength: number };

export type Schema = Record<string, ParamSpec>;

/** The keys of `S` whose spec is of one of the given kinds (what a control may be bound to). */
export type KeyOfKind<S extends Schema, Kind extends ParamSpec['kind']> = {
	[K in keyof S]: S[K]['kind'] extends Kind ? K : never;
}[keyof S] &
	string;

/** The step a slider moves by: the spec's own, else 1 for whole numbers and 0.01 for the rest. */
export function stepOf(spec: Extract<ParamSpec, { kind: 'number' | 'int' }>): number {
	return spec.step ?? (spec.kind === 'int' ? 1 : 0.01);
}

type ValueOf<P extends ParamSpec> = P extends { kind: 'bool' }
	? boolean
	: P extends { kind: 'enum'; values: readonly (infer V)[] }
		? V
		: P extends { kind: 'string' }
			? string
			: P extends { kind: 'numbers' }
				? number[]
				: number;

export type Values<S extends Schema> = { -readonly [K in keyof S]: ValueOf<S[K]> };

/** Why a hash value was not taken as written. */
export type ParamIssue = { key: string; problem: 'clamped' | 'invalid' | 'truncated' };

export type Decoded<S extends Schema> = {
	values: Values<S>;
	issues: ParamIssue[];
	/** Pairs whose keys the schema does not know, kept so that writing the hash preserves them. */
	extra: [string, string][];
};

const clamp = (x: number, min: number, max: number) => Math.min(max, Math.max(min, x));

export function defaults<S extends Schema>(schema: S): Values<S> {
	const out: Record<string, unknown> = {};
	for (const [key, spec] of Object.entries(schema)) {
		out[key] = spec.kind === 'numbers' ? [...spec.default] : spec.default;
	}
	return out as Values<S>;
}

/** Parse one number strictly: the whole text must be a finite decimal. */
function parseNumber(text: string): number | undefined {
	if (!/^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(text)) return undefined;
	const x = Number(text);
	return Number.isFinite(x) ? x : undefined;
}

type Parsed = { value: unknown; problem?: ParamIssue['problem'] };

/** Read one value; `undefined` value means unreadable (falls back to the default). */
export function parseValue(spec: ParamSpec, text: string): Parsed {
	switch (spec.kind) {
		case 'number':
		case 'int': {
			let x = parseNumber(text);
			if (x === undefined) return { value: undefined, problem: 'invalid' };
			if (spec.kind === 'int') x = Math.round(x);
			const c = clamp(x, spec.min, spec.max);
			return c === x ? { value: x } : { value: c, problem: 'clamped' };
		}
		case 'bool':
			if (text === '1' || text === 'true') return { value: true };
			if (text === '0' || text === 'false') return { value: false };
			return { value: undefined, problem: 'invalid' };
		case 'enum':
			return spec.values.includes(text)
				? { value: text }
				: { value: undefined, problem: 'invalid' };
		case 'string':
			return text.length > spec.maxLength
				? { value: text.slice(0, spec.maxLength), problem: 'truncated' }
				: { value: text };
		case 'numbers': {
			const parts = text === '' ? [] : text.split(',');
			const xs = parts.map(parseNumber);
			if (xs.some((x) => x === undefined)) return { value: undefined, problem: 'invalid' };
			let problem: Parsed['problem'];
			let list = (xs as number[]).map((x) => {
				const c = clamp(x, spec.min, spec.max);
				if (c !== x) problem = 'clamped';
				return c;
			});
			if (list.length > spec.maxLength) {
				list = list.slice(0, spec.maxLength);
				problem = 'truncated';
			}
			return { value: list, problem };
		}
	}
}

export function formatValue(spec: ParamSpec, value: unknown): string {
	switch (spec.kind) {
		case 'bool':
			return value ? '1' : '0';
		case 'numbers':
			return (value as number[]).map(String).join(',');
		default:
			return String(value);
	}
}

function sameValue(spec: ParamSpec, a: unknown, b: unknown): boolean {
	if (spec.kind === 'numbers') {
		const x = a as readonly number[];
		const y = b as readonly number[];
		return x.length === y.length && x.every((v, i) => v === y[i]);
	}
	return a === b;
}

function safeDecode(text: string): string | undefined {
	try {
		return decodeURIComponent(text.replace(/\+/g, ' '));
	} catch {
		return undefined;
	}
}

/** Split `#a=1&b=2` into decoded pairs; a pair that fails percent-decoding keeps `undefined`. */
export function splitHash(hash: string): [string, string | undefined][] {
	const body = hash.startsWith('#') ? hash.slice(1) : hash;
	if (body === '') return [];
	return body
		.split('&')
		.filter((part) => part !== '')
		.map((part) => {
			const eq = part.indexOf('=');
			const rawKey = eq === -1 ? part : part.slice(0, eq);
			const rawValue = eq === -1 ? '' : part.slice(eq + 1);
			return [safeDecode(rawKey) ?? rawKey, safeDecode(rawValue)];
		});
}

export function decodeHash<S extends Schema>(schema: S, hash: string): Decoded<S> {
	const values = defaults(schema) as Record<string, unknown>;
	const issues: ParamIssue[] = [];
	const extra: [string, string][] = [];
	// A key given twice counts once, with its last value.
	const pairs = new Map(splitHash(hash));
	for (const [key, text] of pairs) {
		const spec = Object.hasOwn(schema, key) ? schema[key] : undefined;
		if (!spec) {
			if (text !== undefined) extra.push([key, text]);
			continue;
		}
		const parsed =
			text === undefined
				? { value: undefined, problem: 'invalid' as const }
				: parseValue(spec, text);
		if (parsed.value !== undefined) values[key] = parsed.value;
		if (parsed.problem) issues.push({ key, problem: parsed.problem });
	}
	return { values: values as Values<S>, issues, extra };
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Percent-encode; a lone surrogate (which encodeURIComponent rejects) becomes U+FFFD. */
const encodePart = (text: string) =>
	encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD'))
		.replace(/%2C/g, ',')
		.replace(/%3A/g, ':');

/** Only values that differ from the defaults are written, in schema order, then the extras. */
export function encodeHash<S extends Schema>(
	schema: S,
	values: Values<S>,
	extra: [string, string][] = []
): string {
	const parts: string[] = [];
	for (const [key, spec] of Object.entries(schema)) {
		const value = (values as Record<string, unknown>)[key];
		if (sameValue(spec, value, spec.default)) continue;
		parts.push(`${encodePart(key)}=${encodePart(formatValue(spec, value))}`);
	}
	for (const [key, text] of extra) parts.push(`${encodePart(key)}=${encodePart(text)}`);
	return parts.length ? `#${parts.join('&')}` : '';
}

/** Clamp or coerce a value a control produced, so that state always satisfies the schema. */
export function coerce(spec: ParamSpec, value: unknown): unknown {
	const parsed = parseValue(spec, formatValue(spec, value));
	return parsed.value === undefined ? spec.default : parsed.value;
}
