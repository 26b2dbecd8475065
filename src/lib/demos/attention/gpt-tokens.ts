/** The tiny GPT's tokens as the heatmap labels them. */

/** Spaces and line breaks drawn visibly: BPE pieces often begin with one. */
const VISIBLE: Record<string, string> = { ' ': '␣', '\n': '↵', '\t': '⇥', '\r': '␍' };

/** How many bytes the UTF-8 character starting with `lead` takes (0: not a lead byte). */
function sequenceLength(lead: number): number {
	if (lead < 0x80) return 1;
	if (lead >= 0xc2 && lead <= 0xdf) return 2;
	if (lead >= 0xe0 && lead <= 0xef) return 3;
	if (lead >= 0xf0 && lead <= 0xf4) return 4;
	return 0;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function character(bytes: Uint8Array): string | undefined {
	try {
		return decoder.decode(bytes);
	} catch {
		return undefined;
	}
}

/**
 * One token's bytes as text: whole UTF-8 characters as themselves (spaces as ␣), and the bytes
 * of a character the token holds only part of (a CJK character split between tokens) as hex in
 * ‹ ›, e.g. "‹e7 8c›", rather than as a replacement character.
 */
export function pieceLabel(bytes: Uint8Array): string {
	let label = '';
	let loose: string[] = [];
	const flush = () => {
		if (loose.length > 0) label += `‹${loose.join(' ')}›`;
		loose = [];
	};
	for (let i = 0; i < bytes.length;) {
		const size = sequenceLength(bytes[i]);
		const text = size > 0 ? character(bytes.subarray(i, i + size)) : undefined;
		if (text !== undefined && i + size <= bytes.length) {
			flush();
			label += VISIBLE[text] ?? text;
			i += size;
		} else {
			loose.push(bytes[i].toString(16).padStart(2, '0'));
			i += 1;
		}
	}
	flush();
	return label;
}

/** The first `context` ids: the model reads no more at once. */
export function fitContext(
	ids: readonly number[],
	context: number
): { ids: number[]; total: number; truncated: boolean } {
	return { ids: ids.slice(0, context), total: ids.length, truncated: ids.length > context };
}

/** Layer ℓ's head h as an n × n matrix, from gptAttention's [heads, T, T] row-major array. */
export function headWeights(layer: Float64Array, head: number, n: number): number[][] {
	return Array.from({ length: n }, (_, i) =>
		Array.from(layer.subarray((head * n + i) * n, (head * n + i + 1) * n))
	);
}
