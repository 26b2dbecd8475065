/**
 * UTF-8 by hand: strings (UTF-16 code units) to bytes and back.
 *
 * Behaves exactly like the WHATWG `TextEncoder` and non-fatal `TextDecoder('utf-8')`, written
 * out so the byte-level tokenizer demos can show every step:
 * - encoding replaces each lone surrogate (a high surrogate not followed by a low one, or a
 *   low one not preceded by a high one) with U+FFFD, bytes EF BF BD;
 * - decoding replaces each maximal invalid subpart (a stray continuation byte, an overlong or
 *   surrogate form, a sequence cut short) with one U+FFFD, as the Encoding Standard requires.
 */

/** U+FFFD REPLACEMENT CHARACTER, what broken UTF-8 and lone surrogates turn into. */
export const REPLACEMENT_CHARACTER = '\uFFFD';

/** The number of bytes UTF-8 uses for a code point (1–4); surrogates count as U+FFFD (3). */
export function utf8ByteLength(codePoint: number): number {
	if (codePoint < 0x80) return 1;
	if (codePoint < 0x800) return 2;
	if (codePoint < 0x10000) return 3;
	return 4;
}

/** The UTF-8 bytes of a string; lone surrogates become EF BF BD (U+FFFD). */
export function encodeUtf8(text: string): Uint8Array {
	// At most 3 bytes per UTF-16 code unit (a surrogate pair is 2 units and 4 bytes).
	const out = new Uint8Array(text.length * 3);
	let n = 0;
	for (let i = 0; i < text.length; i++) {
		let cp = text.charCodeAt(i);
		if (cp >= 0xd800 && cp <= 0xdfff) {
			const low = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
			if (cp <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
				cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
				i++;
			} else {
				cp = 0xfffd;
			}
		}
		if (cp < 0x80) {
			out[n++] = cp;
		} else if (cp < 0x800) {
			out[n++] = 0xc0 | (cp >> 6);
			out[n++] = 0x80 | (cp & 0x3f);
		} else if (cp < 0x10000) {
			out[n++] = 0xe0 | (cp >> 12);
			out[n++] = 0x80 | ((cp >> 6) & 0x3f);
			out[n++] = 0x80 | (cp & 0x3f);
		} else {
			out[n++] = 0xf0 | (cp >> 18);
			out[n++] = 0x80 | ((cp >> 12) & 0x3f);
			out[n++] = 0x80 | ((cp >> 6) & 0x3f);
			out[n++] = 0x80 | (cp & 0x3f);
		}
	}
	return out.slice(0, n);
}

/**
 * The string that UTF-8 bytes spell; each maximal invalid subpart becomes one U+FFFD
 * (the WHATWG decoder's rule, so `decodeUtf8(b) === new TextDecoder().decode(b)`).
 * Every entry of `bytes` must be an integer in 0–255.
 */
export function decodeUtf8(bytes: ArrayLike<number>): string {
	const units: number[] = [];
	let out = '';
	const flush = () => {
		for (let k = 0; k < units.length; k += 4096) {
			out += String.fromCharCode.apply(null, units.slice(k, k + 4096));
		}
		units.length = 0;
	};
	const emit = (cp: number) => {
		if (cp < 0x10000) {
			units.push(cp);
		} else {
			const v = cp - 0x10000;
			units.push(0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff));
		}
		if (units.length >= 65536) flush();
	};

	let needed = 0; // continuation bytes still expected
	let seen = 0; // continuation bytes read so far
	let cp = 0;
	let lower = 0x80; // the range the next continuation byte must fall in
	let upper = 0xbf;
	for (let i = 0; i < bytes.length; i++) {
		const byte = bytes[i];
		if (needed === 0) {
			if (byte <= 0x7f) {
				emit(byte);
			} else if (byte >= 0xc2 && byte <= 0xdf) {
				needed = 1;
				cp = byte & 0x1f;
			} else if (byte >= 0xe0 && byte <= 0xef) {
				if (byte === 0xe0) lower = 0xa0; // no overlong 3-byte forms
				if (byte === 0xed) upper = 0x9f; // no surrogates
				needed = 2;
				cp = byte & 0x0f;
			} else if (byte >= 0xf0 && byte <= 0xf4) {
				if (byte === 0xf0) lower = 0x90; // no overlong 4-byte forms
				if (byte === 0xf4) upper = 0x8f; // nothing above U+10FFFF
				needed = 3;
				cp = byte & 0x07;
			} else {
				emit(0xfffd); // 80–C1 and F5–FF never start a character
			}
			continue;
		}
		if (byte < lower || byte > upper) {
			// The sequence so far is a maximal invalid subpart: replace it, then reread this byte.
			needed = seen = cp = 0;
			lower = 0x80;
			upper = 0xbf;
			emit(0xfffd);
			i--;
			continue;
		}
		lower = 0x80;
		upper = 0xbf;
		cp = (cp << 6) | (byte & 0x3f);
		seen++;
		if (seen === needed) {
			emit(cp);
			needed = seen = cp = 0;
		}
	}
	if (needed !== 0) emit(0xfffd); // cut short at the end
	flush();
	return out;
}

/** The string with each lone surrogate replaced by U+FFFD (what a UTF-8 round trip gives). */
export function toWellFormed(text: string): string {
	return text.replace(
		/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
		REPLACEMENT_CHARACTER
	);
}
