import { utf8CharLength } from '$lib/engines/tokenizer/token-label';

/**
 * The text of consecutive tokens, one string per token, for reading: each character goes to the
 * token its first byte is in, so a character split over tokens is written once (the tokens holding
 * only its later bytes get ''), and a byte that starts no character becomes U+FFFD.
 */
export function tokenTexts(tokens: readonly ArrayLike<number>[]): string[] {
	const owner: number[] = [];
	const bytes: number[] = [];
	tokens.forEach((token, t) => {
		for (let i = 0; i < token.length; i++) {
			bytes.push(token[i]);
			owner.push(t);
		}
	});
	const texts = tokens.map(() => '');
	let i = 0;
	while (i < bytes.length) {
		const length = utf8CharLength(bytes, i);
		if (length === 0) {
			texts[owner[i]] += '\uFFFD';
			i++;
			continue;
		}
		let cp = length === 1 ? bytes[i] : bytes[i] & (0xff >> (length + 1));
		for (let k = 1; k < length; k++) cp = (cp << 6) | (bytes[i + k] & 0x3f);
		texts[owner[i]] += String.fromCodePoint(cp);
		i += length;
	}
	return texts;
}
