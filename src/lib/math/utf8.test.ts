import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeUtf8, encodeUtf8, toWellFormed, utf8ByteLength } from './utf8';

/** Arbitrary UTF-16, lone surrogates included. */
const utf16 = fc
	.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 60 })
	.map((units) => String.fromCharCode(...units));

const hex = (bytes: Uint8Array) =>
	Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');

describe('encodeUtf8(text)', () => {
	it('encodes 1-, 2-, 3- and 4-byte characters', () => {
		expect(hex(encodeUtf8('A'))).toBe('41');
		expect(hex(encodeUtf8('é'))).toBe('c3 a9');
		expect(hex(encodeUtf8('中'))).toBe('e4 b8 ad');
		expect(hex(encodeUtf8('😀'))).toBe('f0 9f 98 80');
		expect(hex(encodeUtf8('\u007f\u0080\u07ff\u0800\uffff\u{10ffff}'))).toBe(
			'7f c2 80 df bf e0 a0 80 ef bf bf f4 8f bf bf'
		);
		expect(encodeUtf8('')).toEqual(new Uint8Array(0));
	});

	it('encodes lone surrogates as U+FFFD (EF BF BD)', () => {
		expect(hex(encodeUtf8('\uD800'))).toBe('ef bf bd');
		expect(hex(encodeUtf8('\uDC00\uD800'))).toBe('ef bf bd ef bf bd');
		expect(hex(encodeUtf8('a\uD83Db'))).toBe('61 ef bf bd 62');
	});

	it('matches TextEncoder on arbitrary UTF-16', () => {
		const encoder = new TextEncoder();
		fc.assert(
			fc.property(fc.oneof(utf16, fc.string({ unit: 'binary' })), (s) => {
				expect(encodeUtf8(s)).toEqual(encoder.encode(s));
			}),
			{ numRuns: 500 }
		);
	});
});

describe('decodeUtf8(bytes)', () => {
	it('decodes valid UTF-8', () => {
		expect(decodeUtf8([0x68, 0xc3, 0xa9, 0xf0, 0x9f, 0x98, 0x80])).toBe('hé😀');
		expect(decodeUtf8([])).toBe('');
	});

	it('replaces each maximal invalid subpart with one U+FFFD', () => {
		expect(decodeUtf8([0x80])).toBe('\uFFFD'); // stray continuation byte
		expect(decodeUtf8([0xc3])).toBe('\uFFFD'); // cut short at the end
		expect(decodeUtf8([0xe4, 0xb8, 0x41])).toBe('\uFFFDA'); // cut short, then A
		expect(decodeUtf8([0xc0, 0xaf])).toBe('\uFFFD\uFFFD'); // overlong: C0 never starts
		expect(decodeUtf8([0xe0, 0x80, 0xaf])).toBe('\uFFFD\uFFFD\uFFFD'); // overlong 3-byte
		expect(decodeUtf8([0xed, 0xa0, 0x80])).toBe('\uFFFD\uFFFD\uFFFD'); // a surrogate
		expect(decodeUtf8([0xf4, 0x90, 0x80, 0x80])).toBe('\uFFFD'.repeat(4)); // above U+10FFFF
		expect(decodeUtf8([0xf0, 0x9f, 0x98])).toBe('\uFFFD'); // 3 of 4 bytes: one subpart
		expect(decodeUtf8([0xff, 0x41])).toBe('\uFFFDA');
	});

	it('matches a non-fatal TextDecoder on arbitrary bytes', () => {
		const decoder = new TextDecoder('utf-8');
		fc.assert(
			fc.property(
				fc.oneof(
					fc.uint8Array({ maxLength: 60 }),
					// mostly lead and continuation bytes, to hit the edge cases often
					fc
						.array(
							fc.constantFrom(
								0x41,
								0x80,
								0x8f,
								0x90,
								0x9f,
								0xa0,
								0xbf,
								0xc2,
								0xdf,
								0xe0,
								0xed,
								0xef,
								0xf0,
								0xf4,
								0xf5
							),
							{ maxLength: 40 }
						)
						.map((xs) => Uint8Array.from(xs))
				),
				(bytes) => {
					expect(decodeUtf8(bytes)).toBe(decoder.decode(bytes));
				}
			),
			{ numRuns: 1000 }
		);
	});

	it('decodes long input (past its internal chunking) unchanged', () => {
		const text = 'ab😀中é'.repeat(30000);
		expect(decodeUtf8(encodeUtf8(text))).toBe(text);
	});

	it('inverts encodeUtf8 up to lone surrogates', () => {
		fc.assert(
			fc.property(fc.oneof(utf16, fc.string({ unit: 'grapheme' })), (s) => {
				expect(decodeUtf8(encodeUtf8(s))).toBe(toWellFormed(s));
			}),
			{ numRuns: 500 }
		);
	});
});

describe('toWellFormed(text)', () => {
	it('replaces lone surrogates only', () => {
		expect(toWellFormed('a\uD800b\uDC00c\uD83D\uDE00\uDC00\uD800')).toBe(
			'a\uFFFDb\uFFFDc😀\uFFFD\uFFFD'
		);
		expect(toWellFormed('plain')).toBe('plain');
	});
});

describe('utf8ByteLength(codePoint)', () => {
	it('gives 1 to 4 bytes at the boundaries', () => {
		expect([0, 0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff].map(utf8ByteLength)).toEqual([
			1, 1, 2, 2, 3, 3, 4, 4
		]);
	});

	it('agrees with encodeUtf8 for every non-surrogate code point', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 0x10ffff }), (cp) => {
				fc.pre(cp < 0xd800 || cp > 0xdfff);
				expect(encodeUtf8(String.fromCodePoint(cp))).toHaveLength(utf8ByteLength(cp));
			})
		);
	});
});
