/** fast-check inputs shared by the BPE tests (bpe-train.test.ts, bpe-codec.test.ts). */
import fc from 'fast-check';

/** Byte values of the letters the hand-checked cases use. */
export const a = 97;
export const b = 98;
export const c = 99;
export const d = 100;

/** Strings over a small alphabet: many repeats, ties and overlapping runs. */
export const over = (alphabet: string, maxLength = 120) =>
	fc.string({ unit: fc.constantFrom(...alphabet.split('')), maxLength });

/** Arbitrary UTF-16, lone surrogates included. */
export const utf16 = fc
	.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 })
	.map((units) => String.fromCharCode(...units));

/** Unicode strings built from a few multi-byte pieces, so that they repeat. */
export const unicodePieces = fc
	.array(fc.constantFrom('é', '😀', '👩‍👧', '中文', 'ש', 'e\u0301', ' ', 'a', '\uD800'), {
		maxLength: 60
	})
	.map((parts) => parts.join(''));
