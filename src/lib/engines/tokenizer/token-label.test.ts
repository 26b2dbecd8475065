import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeUtf8 } from '$lib/math/utf8';
import {
	hexBytes,
	labelPieces,
	tokenLabel,
	rememberedLabelPieces,
	utf8CharLength
} from './token-label';

const label = tokenLabel;

describe('labelPieces(bytes)', () => {
	it('writes whole characters as text and white space as marks', () => {
		expect(labelPieces(encodeUtf8(' the'))).toEqual([{ kind: 'text', text: '␣the' }]);
		expect(label([...encodeUtf8('a\n\tb  ')])).toBe('a⏎⇥b␣␣');
		expect(label([...encodeUtf8('猫🙂')])).toBe('猫🙂');
	});

	it('writes part of a character as hex bytes, never as U+FFFD', () => {
		// 猫 is E7 8C AB: a token may hold its first two bytes, another the last.
		expect(labelPieces([0xe7, 0x8c])).toEqual([{ kind: 'bytes', text: 'E7 8C' }]);
		expect(label([0xab])).toBe('<AB>');
		expect(label([0x61, 0xe7, 0x8c])).toBe('a<E7 8C>');
		expect(label([0xab, ...encodeUtf8('人')])).toBe('<AB>人');
		// A character that ends a token and one that starts the next, split around an ASCII byte.
		expect(label([0xf0, 0x9f, 0x99, 0x82, 0xf0, 0x9f])).toBe('🙂<F0 9F>');
	});

	it('rejects overlong forms, surrogates and bytes above U+10FFFF', () => {
		expect(label([0xc0, 0xaf])).toBe('<C0 AF>');
		expect(label([0xe0, 0x80, 0xaf])).toBe('<E0 80 AF>');
		expect(label([0xed, 0xa0, 0x80])).toBe('<ED A0 80>');
		expect(label([0xf4, 0x90, 0x80, 0x80])).toBe('<F4 90 80 80>');
		expect(label([0xff])).toBe('<FF>');
	});

	it('spells back exactly the bytes it was given', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 24 }), (bytes) => {
				const rebuilt: number[] = [];
				for (const piece of labelPieces(bytes)) {
					if (piece.kind === 'bytes') {
						rebuilt.push(...piece.text.split(' ').map((h) => parseInt(h, 16)));
					} else {
						const text = piece.text.replace(/␣/g, ' ').replace(/⏎/g, '\n');
						rebuilt.push(...encodeUtf8(text.replace(/␍/g, '\r').replace(/⇥/g, '\t')));
					}
				}
				expect(rebuilt).toEqual(Array.from(bytes));
			})
		);
	});

	it('never contains U+FFFD unless the text itself does', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 8 }), fc.nat(), (text, cut) => {
				const bytes = encodeUtf8(text);
				const at = bytes.length ? cut % bytes.length : 0;
				for (const part of [bytes.slice(0, at), bytes.slice(at)]) {
					expect(label([...part])).not.toContain('\uFFFD');
				}
			})
		);
	});
});

describe('utf8CharLength(bytes, i) and hexBytes(bytes)', () => {
	it('measures a character, or 0 where none starts', () => {
		const bytes = encodeUtf8('a猫🙂');
		expect(utf8CharLength(bytes, 0)).toBe(1);
		expect(utf8CharLength(bytes, 1)).toBe(3);
		expect(utf8CharLength(bytes, 2)).toBe(0);
		expect(utf8CharLength(bytes, 4)).toBe(4);
		expect(utf8CharLength(bytes.slice(0, 6), 4)).toBe(0);
	});

	it('writes bytes as upper-case hex pairs', () => {
		expect(hexBytes([0, 10, 255])).toBe('00 0A FF');
		expect(hexBytes([])).toBe('');
	});
});

describe('rememberedLabelPieces(bytes)', () => {
	it('gives labelPieces, the same pieces again for the same array', () => {
		const bytes = encodeUtf8('␣猫 ');
		const pieces = rememberedLabelPieces(bytes);
		expect(pieces).toEqual(labelPieces(bytes));
		expect(rememberedLabelPieces(bytes)).toBe(pieces);
		expect(rememberedLabelPieces(encodeUtf8('␣猫 '))).not.toBe(pieces);
	});
});
