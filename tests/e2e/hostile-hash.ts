// Hostile URL hashes for tests/e2e/page-checks.ts, drawn from a seeded generator so that a failing
// hash can be replayed from its page and index.
import { mulberry32, type Rng } from '../../src/lib/math/rng';
import type { ParamSpec, Schema } from '../../src/lib/state/params';
import { siteSchema } from '../../src/lib/state/site-params';

/** Markup and script that must never run or reach the DOM as markup. */
const INJECTIONS = [
	'<img src=x onerror="window.__pwned=1">',
	'"><svg onload=window.__pwned=1>',
	'javascript:window.__pwned=1',
	'</script><script>window.__pwned=1</script>',
	'<a href="javascript:window.__pwned=1">x</a>',
	'<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
	"'-window.__pwned=1-'",
	'${window.__pwned=1}'
];

const NUMBERS = [
	'1e309',
	'-1e309',
	'NaN',
	'Infinity',
	'-Infinity',
	'1e-400',
	'-0',
	'-1',
	'99999999999999999999',
	'-99999999999999999999',
	'4294967296',
	'0x1F',
	'1_000',
	'1e',
	'.',
	'-',
	'0.1.2',
	' 7 ',
	'9'.repeat(400)
];

const TEXTS = [
	'',
	' ',
	'🙂👩‍👩‍👧🏳️‍🌈',
	'人工智能与大语言模型',
	'\u202Eevil\u202C \u200Fשלום\u200E',
	'\uD800',
	'a\uDFFFb',
	'\u200B\u200D\uFEFF',
	'\u0000\u0007',
	'line\nbreak\ttab',
	'__proto__',
	'constructor'
];

const LISTS = [
	',',
	',,,',
	'1,,2',
	'1,NaN,3',
	'1e309,1',
	'-1e9,1e9',
	Array(2000).fill('7').join(',')
];

/** Inserted as they are: the codec must survive percent-decoding failing. */
const BROKEN_ESCAPES = ['%', '%E0%A4%A', '%uD800', '%%41', '%ZZ', '%ED%A0%80', '%C0%AF', '%FF'];

const siteKeys = Object.keys(siteSchema);
const UNKNOWN_KEYS = ['zz', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'x[]', ''];

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];

/** About 10 KB, sometimes made of payloads. */
const big = (rng: Rng) =>
	(rng() < 0.5 ? 'A' : pick(rng, INJECTIONS)).repeat(10_240).slice(0, 10_240);

/** encodeURIComponent that turns a lone surrogate into the (undecodable) UTF-8 of one. */
const encode = (text: string) =>
	Array.from(text, (ch) => {
		if (!/^[\uD800-\uDFFF]$/.test(ch)) return encodeURIComponent(ch);
		const c = ch.charCodeAt(0);
		const byte = (b: number) => `%${b.toString(16).toUpperCase()}`;
		return byte(0xed) + byte(0x80 | ((c >> 6) & 0x3f)) + byte(0x80 | (c & 0x3f));
	}).join('');

/** A value the parameter accepts, so that the hostile parts meet the demo in its other states. */
function valid(rng: Rng, spec: ParamSpec): string {
	const inRange = (min: number, max: number) => min + rng() * (max - min);
	switch (spec.kind) {
		case 'number':
			return String(inRange(spec.min, spec.max));
		case 'int':
			return String(Math.round(inRange(spec.min, spec.max)));
		case 'bool':
			return pick(rng, ['1', '0']);
		case 'enum':
			return pick(rng, spec.values);
		case 'string':
			return pick(rng, ['all', ...TEXTS, ...INJECTIONS]);
		case 'numbers':
			return Array.from({ length: 1 + Math.floor(rng() * 5) }, () =>
				Math.round(inRange(spec.min, spec.max))
			).join(',');
	}
}

function value(rng: Rng, spec: ParamSpec | undefined): string {
	const r = rng();
	if (r < 0.25) return pick(rng, NUMBERS);
	if (r < 0.45) return pick(rng, INJECTIONS);
	if (r < 0.6) return pick(rng, TEXTS);
	if (r < 0.7) return pick(rng, LISTS);
	if (r < 0.9) return spec ? valid(rng, spec) : '1';
	return big(rng);
}

function key(rng: Rng, demoKeys: readonly string[]): string {
	const r = rng();
	if (r < 0.55 && demoKeys.length) return pick(rng, demoKeys);
	if (r < 0.75) return pick(rng, siteKeys);
	if (r < 0.9) return pick(rng, UNKNOWN_KEYS);
	return pick(rng, INJECTIONS);
}

function pair(rng: Rng, demoKeys: readonly string[], specs: Schema): string {
	const k = key(rng, demoKeys);
	const r = rng();
	if (r < 0.15) return `${encode(k)}=${pick(rng, BROKEN_ESCAPES)}`;
	if (r < 0.2) return pick(rng, BROKEN_ESCAPES);
	if (r < 0.25) return encode(k); // a key without "="
	const v = value(rng, Object.hasOwn(specs, k) ? specs[k] : undefined);
	// Half raw: the browser percent-encodes what it must, and the rest reaches the codec as typed.
	return rng() < 0.5 ? `${encode(k)}=${encode(v)}` : `${k}=${v}`;
}

/** `count` hostile hashes for one page, the same on every run for the same seed and page. */
export function hostileHashes(seed: number, page: string, demo: Schema, count: number) {
	let h = seed >>> 0;
	for (const c of page) h = Math.imul(h ^ c.charCodeAt(0), 0x9e3779b1) >>> 0;
	const rng = mulberry32(h);
	const demoKeys = Object.keys(demo);
	const specs: Schema = { ...siteSchema, ...demo };
	// Each: a few pairs, sometimes a key repeated, sometimes junk between them.
	return Array.from({ length: count }, () => {
		const pairs = Array.from({ length: 1 + Math.floor(rng() * 6) }, () =>
			pair(rng, demoKeys, specs)
		);
		if (rng() < 0.3) pairs.push(`${pairs[0].split('=')[0]}=${encode(value(rng, undefined))}`);
		if (rng() < 0.2) pairs.splice(Math.floor(rng() * pairs.length), 0, '', '=', 'a=b=c');
		return pairs.join('&');
	});
}

/** A value beyond the range of the schema's first numeric parameter: the page must say so. */
export function outOfRange(schema: Schema): { key: string; hash: string } | undefined {
	for (const [key, spec] of Object.entries(schema)) {
		if (spec.kind === 'int' || spec.kind === 'number') {
			return { key, hash: `${key}=${spec.max + Math.max(1000, Math.abs(spec.max))}` };
		}
	}
}
