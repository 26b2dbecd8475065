/**
 * How a token is written on a chip. A byte-level token need not hold whole characters (GPT-2
 * spends three tokens on many Chinese characters), so its bytes are split into the characters
 * they spell and the bytes that spell none, written in hex: <E7 8C>, never as U+FFFD.
 */

/** Characters (white space as a visible mark), or bytes that are not a whole character, in hex. */
export type LabelPiece = { kind: 'text' | 'bytes'; text: string };

const SPACE_MARKS: Record<string, string> = { ' ': '␣', '\n': '⏎', '\r': '␍', '\t': '⇥' };

/** Two hex digits per byte, separated by spaces: "E7 8C". */
export const hexBytes = (bytes: ArrayLike<number>): string =>
	Array.from(bytes, (b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');

/**
 * The length of the well-formed UTF-8 character starting at `i`, or 0 if none starts there
 * (the byte ranges of the Unicode Standard, table 3-7).
 */
export function utf8CharLength(bytes: ArrayLike<number>, i: number): number {
	const b0 = bytes[i];
	if (b0 < 0x80) return 1;
	let length: number;
	let lower = 0x80;
	let upper = 0xbf;
	if (b0 >= 0xc2 && b0 <= 0xdf) length = 2;
	else if (b0 >= 0xe0 && b0 <= 0xef) {
		length = 3;
		if (b0 === 0xe0) lower = 0xa0;
		if (b0 === 0xed) upper = 0x9f;
	} else if (b0 >= 0xf0 && b0 <= 0xf4) {
		length = 4;
		if (b0 === 0xf0) lower = 0x90;
		if (b0 === 0xf4) upper = 0x8f;
	} else return 0;
	if (i + length > bytes.length) return 0;
	for (let k = 1; k < length; k++) {
		const b = bytes[i + k];
		if (b < (k === 1 ? lower : 0x80) || b > (k === 1 ? upper : 0xbf)) return 0;
	}
	return length;
}

/** The pieces a token's bytes are written as (one piece for most tokens); white space becomes ␣ ⏎ ⇥. */
export function labelPieces(bytes: ArrayLike<number>): LabelPiece[] {
	const pieces: LabelPiece[] = [];
	const push = (kind: LabelPiece['kind'], text: string) => {
		const last = pieces.at(-1);
		if (last?.kind !== kind) pieces.push({ kind, text });
		else last.text += kind === 'bytes' ? ` ${text}` : text;
	};
	let i = 0;
	while (i < bytes.length) {
		const length = utf8CharLength(bytes, i);
		if (length === 0) {
			push('bytes', hexBytes([bytes[i]]));
			i++;
			continue;
		}
		let cp = length === 1 ? bytes[i] : bytes[i] & (0xff >> (length + 1));
		for (let k = 1; k < length; k++) cp = (cp << 6) | (bytes[i + k] & 0x3f);
		const ch = String.fromCodePoint(cp);
		push('text', SPACE_MARKS[ch] ?? ch);
		i += length;
	}
	return pieces;
}

const remembered = new WeakMap<Uint8Array, LabelPiece[]>();

/**
 * labelPieces, worked out once per bytes array (which must not change afterwards). The demos hand
 * out one array per token id (see sharedBytes), so a label drawn again at every step of a scrub
 * costs a lookup, and its markup, given the very same pieces, stays as it is.
 */
export function rememberedLabelPieces(bytes: Uint8Array): LabelPiece[] {
	let pieces = remembered.get(bytes);
	if (!pieces) {
		pieces = labelPieces(bytes);
		remembered.set(bytes, pieces);
	}
	return pieces;
}

/** The label as one string, for tests and accessible names: bytes as <E7 8C>. */
export function labelText(pieces: readonly LabelPiece[]): string {
	return pieces.map((p) => (p.kind === 'bytes' ? `<${p.text}>` : p.text)).join('');
}

/** A token's bytes as one string: ␣the, 猫, <E7 8C>. */
export const tokenLabel = (bytes: ArrayLike<number>): string => labelText(labelPieces(bytes));
