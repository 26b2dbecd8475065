import { greedyDecode, type Decoded, type Seq2Seq } from '$lib/engines/seq2seq';

/** How many recent decodings each model keeps. */
const KEPT = 32;
const caches = new WeakMap<Seq2Seq, Map<string, Decoded>>();

/**
 * `greedyDecode` remembered per model and source ids (joined by spaces): a reader who types a
 * word and takes it back, or flips between examples, gets the earlier decoding again at once.
 */
export function cachedDecode(model: Seq2Seq, ids: string): Decoded {
	let cache = caches.get(model);
	if (!cache) caches.set(model, (cache = new Map()));
	const hit = cache.get(ids);
	if (hit) {
		cache.delete(ids);
		cache.set(ids, hit);
		return hit;
	}
	const decoded = greedyDecode(model, ids.split(' ').map(Number));
	cache.set(ids, decoded);
	if (cache.size > KEPT) cache.delete(cache.keys().next().value!);
	return decoded;
}
