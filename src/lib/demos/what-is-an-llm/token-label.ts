/**
 * Token text as the page shows it. A byte-level model can write bytes that are not whole UTF-8
 * characters (a piece of a Chinese character, say): those are shown as their bytes in hex,
 * ‹e8 af›, rather than hidden behind a replacement character; so are control characters.
 */

const decoder = new TextDecoder('utf-8', { fatal: true });
const hex = (bytes: Uint8Array) =>
	`‹${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ')}›`;

/** Control characters other than tab and line break: no glyph to show them by. */
const isControl = (byte: number) =>
	(byte < 0x20 && byte !== 0x09 && byte !== 0x0a) || byte === 0x7f;

/**
 * The length of the whole, printable UTF-8 character starting at `i`, or 0 if none starts there.
 */
function characterLength(bytes: Uint8Array, i: number): number {
	const lead = bytes[i];
	if (isControl(lead)) return 0;
	const length =
		lead < 0x80 ? 1 : lead >> 5 === 6 ? 2 : lead >> 4 === 14 ? 3 : lead >> 3 === 30 ? 4 : 0;
	if (length === 0 || i + length > bytes.length) return 0;
	try {
		decoder.decode(bytes.subarray(i, i + length));
		return length;
	} catch {
		return 0;
	}
}

/** Text with every run of bytes that is not whole characters written as hex. */
export function textWithBytes(bytes: Uint8Array): string {
	let text = '';
	let broken: number[] = [];
	for (let i = 0; i < bytes.length;) {
		const length = characterLength(bytes, i);
		if (length === 0) {
			broken.push(bytes[i++]);
			continue;
		}
		if (broken.length) text += hex(Uint8Array.from(broken));
		broken = [];
		text += decoder.decode(bytes.subarray(i, i + length));
		i += length;
	}
	return broken.length ? text + hex(Uint8Array.from(broken)) : text;
}

/** One token's label: its text with spaces and line breaks made visible. */
export const tokenLabel = (bytes: Uint8Array) =>
	textWithBytes(bytes).replace(/ /g, '·').replace(/\n/g, '↵');
