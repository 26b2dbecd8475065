/**
 * Fixed-size chunking with overlap, as retrieval pipelines cut documents before indexing them:
 * windows of `size` items, each starting `size − overlap` after the one before, the last one
 * ending at the end, so that every item lies in at least one chunk.
 */

/** A chunk as a half-open range [start, end) of item indices. */
export type ChunkRange = readonly [start: number, end: number];

/**
 * The chunks of n items: windows of `size` (at least 1) overlapping by `overlap` items (clamped
 * to 0 … size − 1). The last window may be shorter; no window lies wholly inside the one before.
 */
export function chunkRanges(n: number, size: number, overlap: number): ChunkRange[] {
	const width = Math.max(1, Math.floor(size));
	const shared = Math.min(width - 1, Math.max(0, Math.floor(overlap)));
	const stride = width - shared;
	const out: ChunkRange[] = [];
	for (let start = 0; start < n; start += stride) {
		const end = Math.min(n, start + width);
		out.push([start, end]);
		if (end === n) break;
	}
	return out;
}
