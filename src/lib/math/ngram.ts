/**
 * An n-gram language model (orders 1–5) with interpolated Kneser-Ney smoothing.
 *
 * Variant: interpolated Kneser-Ney with one fixed absolute discount D for every order (default
 * 0.75), as in Chen & Goodman (1998), "An Empirical Study of Smoothing Techniques for Language
 * Modeling" — not their "modified" KN with three discounts D1, D2, D3+. The recursion
 * ends in the uniform distribution over the vocabulary (their 0th-order model), so every token,
 * <unk> included, gets nonzero probability.
 *
 * For the highest order n and a context h of n−1 tokens, with h′ = h minus its first token:
 *
 *   P(w | h) = max(c(h w) − D, 0) / c(h·) + γ(h) · P(w | h′),   γ(h) = D · N1+(h ·) / c(h·)
 *
 * Every lower order 1 ≤ m < n uses continuation counts N1+(· h w) = |{v : c(v h w) > 0}|
 * (how many distinct tokens precede h w) in place of c(h w):
 *
 *   P(w | h) = max(N1+(· h w) − D, 0) / N1+(· h ·) + γ(h) · P(w | h′),
 *   γ(h) = D · N1+(h ·) / N1+(· h ·),        and for m = 1 (h empty): P(w | h′) = 1 / |V|.
 *
 * c(h·) = Σ_w c(h w), N1+(h ·) = |{w : c(h w) > 0}| (or the continuation analogues). A context
 * never seen at some order contributes nothing there: P(w | h) = P(w | h′). Since every count is
 * ≥ 1 ≥ D, each level's discounted masses plus γ(h) add up to 1, so every distribution does too.
 *
 * Sentences are padded as <s> × (n−1), tokens, </s>, so every predicted token has a full
 * context; <s> is only ever context, never predicted, and is not in the vocabulary.
 */
import type { Rng } from './rng';
import { sample, samplingDistribution, type SamplingOptions } from './sampling';
import { finish, type Steps } from './steps';

/** How much work goes between two pauses of trainNgramSteps. */
const SENTENCES_PER_STEP = 32;
const ENTRIES_PER_STEP = 4096;

export const BOS = '<s>';
export const EOS = '</s>';
export const UNK = '<unk>';

const UNK_ID = 0;
const EOS_ID = 1;

export interface NgramModel {
	order: number;
	discount: number;
	/** Token id → token; distribution arrays follow this order. Starts with <unk>, </s>. */
	vocab: string[];
	index: Map<string, number>;
	/** P(next token | last order−1 tokens of context) for every vocabulary entry. */
	distribution(context: string[]): Float64Array;
	/** Natural log of P(token | context); -Infinity for <s>, unseen tokens count as <unk>. */
	logProb(context: string[], token: string): number;
	/**
	 * P(token | context with context[slot] replaced by w), for every vocabulary entry w (ids as
	 * vocab): exp(logProb) once per word, in one pass that shares the orders the slot cannot reach.
	 */
	probEach(context: readonly string[], slot: number, token: string): Float64Array;
	/** Number of distinct n-grams stored for each order 1..order. */
	ngramCounts(): number[];
}

const increment = (map: Map<number, number>, key: number) => map.set(key, (map.get(key) ?? 0) + 1);

/**
 * Trains on sentences that are already tokenised. A literal '<s>' token inside a sentence is
 * dropped (it is reserved for padding); '</s>' and '<unk>' map to the special ids.
 */
export function trainNgram(
	sentences: string[][],
	order: number,
	opts: { discount?: number } = {}
): NgramModel {
	return finish(trainNgramSteps(sentences, order, opts));
}

/** trainNgram in steps (see steps.ts): it pauses every few dozen sentences, keys and contexts. */
export function* trainNgramSteps(
	sentences: string[][],
	order: number,
	opts: { discount?: number } = {}
): Steps<NgramModel> {
	if (!Number.isInteger(order) || order < 1 || order > 5) {
		throw new Error(`trainNgram: order must be an integer from 1 to 5, got ${order}`);
	}
	const discount = opts.discount ?? 0.75;
	if (!(discount > 0 && discount <= 1)) {
		throw new Error(`trainNgram: discount must be in (0, 1], got ${discount}`);
	}
	const vocab = [UNK, EOS];
	const index = new Map<string, number>([
		[UNK, UNK_ID],
		[EOS, EOS_ID]
	]);
	const encoded = sentences.map((sentence) => {
		const ids: number[] = [];
		for (const token of sentence) {
			if (token === BOS) continue;
			let id = index.get(token);
			if (id === undefined) {
				id = vocab.length;
				vocab.push(token);
				index.set(token, id);
			}
			ids.push(id);
		}
		ids.push(EOS_ID);
		return ids;
	});
	const V = vocab.length;
	const BOS_ID = V; // context only, outside the distribution
	const base = V + 1; // (node, token) pairs are packed into one number: node · base + token

	// Contexts are interned as nodes of a trie read right to left: node 0 is the empty context,
	// and the child of h for token v is the context v·h. So a node's parent is its context minus
	// the leftmost token, h′, exactly the context the next lower order uses.
	const child = new Map<number, number>();
	const parent: number[] = [-1];
	const depth: number[] = [0];
	// grams[m − 1]: for each distinct m-gram h·w, keyed node(h) · base + w, its raw count
	// (m = order) or its continuation count N1+(· h w) (m < order).
	const grams = Array.from({ length: order }, () => new Map<number, number>());
	for (const [s, ids] of encoded.entries()) {
		if (s % SENTENCES_PER_STEP === SENTENCES_PER_STEP - 1) yield;
		const padded = [...new Array<number>(order - 1).fill(BOS_ID), ...ids];
		for (let i = order - 1; i < padded.length; i++) {
			let node = 0;
			for (let k = 1; k < order; k++) {
				const key = node * base + padded[i - k];
				let next = child.get(key);
				if (next === undefined) {
					next = parent.length;
					parent.push(node);
					depth.push(k);
					child.set(key, next);
				}
				node = next;
			}
			increment(grams[order - 1], node * base + padded[i]);
		}
	}
	// Each distinct (m+1)-gram v·h·w adds one distinct left neighbour to the m-gram h·w.
	let done = 0;
	for (let m = order - 1; m >= 1; m--) {
		for (const key of grams[m].keys()) {
			if (++done % ENTRIES_PER_STEP === 0) yield;
			increment(grams[m - 1], parent[Math.floor(key / base)] * base + (key % base));
		}
	}

	// Flatten: a context node's continuations are words[start[node] .. start[node + 1]), sorted,
	// with their discounted masses in probs; gamma[node] is the mass it hands down. Sorting all
	// keys groups them by node, then by word (a node's depth fixes its order, so keys are unique).
	const nodes = parent.length;
	const keys = new Float64Array(grams.reduce((n, g) => n + g.size, 0));
	let filled = 0;
	for (const g of grams) for (const key of g.keys()) keys[filled++] = key;
	yield;
	keys.sort();
	yield;
	const start = new Int32Array(nodes + 1);
	for (const key of keys) start[Math.floor(key / base) + 1]++;
	for (let i = 0; i < nodes; i++) start[i + 1] += start[i];
	const words = new Int32Array(keys.length);
	const probs = new Float64Array(keys.length);
	const gamma = new Float64Array(nodes);
	for (let node = 0; node < nodes; node++) {
		if (node % ENTRIES_PER_STEP === ENTRIES_PER_STEP - 1) yield;
		const counts = grams[depth[node]];
		let total = 0;
		for (let j = start[node]; j < start[node + 1]; j++) {
			words[j] = keys[j] % base;
			probs[j] = counts.get(keys[j])!;
			total += probs[j];
		}
		for (let j = start[node]; j < start[node + 1]; j++) {
			probs[j] = Math.max(probs[j] - discount, 0) / total;
		}
		gamma[node] = (discount * (start[node + 1] - start[node])) / total;
	}
	const counts = grams.map((g) => g.size);

	/** The seen context nodes from order 1 up, stopping at the first unseen context. */
	function contextNodes(context: string[]): number[] {
		const found: number[] = [];
		let node: number | undefined = 0;
		for (let m = 1; m <= order; m++) {
			if (m > 1) {
				// The (m−1)-th token from the end, <s> once the context runs out.
				const token = context[context.length - (m - 1)];
				const id = token === undefined || token === BOS ? BOS_ID : (index.get(token) ?? UNK_ID);
				node = child.get(node * base + id);
			}
			// A context unseen at order m is unseen at every higher order too.
			if (node === undefined || start[node] === start[node + 1]) break;
			found.push(node);
		}
		return found;
	}

	/** The discounted mass of word after node, by binary search; 0 if never seen there. */
	function seenMass(node: number, word: number): number {
		let lo = start[node];
		let hi = start[node + 1] - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >>> 1;
			if (words[mid] === word) return probs[mid];
			if (words[mid] < word) lo = mid + 1;
			else hi = mid - 1;
		}
		return 0;
	}

	return {
		order,
		discount,
		vocab,
		index,
		distribution(context) {
			// dist = scale · stored. Scaling lazily (scale *= γ) instead of multiplying all |V|
			// entries at every order makes each order cost only its seen continuations.
			const stored = new Float64Array(V).fill(1 / V);
			let scale = 1;
			for (const node of contextNodes(context)) {
				scale *= gamma[node];
				for (let j = start[node]; j < start[node + 1]; j++) stored[words[j]] += probs[j] / scale;
			}
			for (let i = 0; i < V; i++) stored[i] *= scale;
			return stored;
		},
		logProb(context, token) {
			if (token === BOS) return -Infinity;
			const w = index.get(token) ?? UNK_ID;
			let p = 1 / V;
			for (const node of contextNodes(context)) p = gamma[node] * p + seenMass(node, w);
			return Math.log(p);
		},
		probEach(context, slot, token) {
			const out = new Float64Array(V);
			if (token === BOS) return out;
			const w = index.get(token) ?? UNK_ID;
			const n = context.length;
			const idAt = (position: number) => {
				const t = context[position];
				return t === undefined || t === BOS ? BOS_ID : (index.get(t) ?? UNK_ID);
			};
			// Order m reads its context back to position n − (m − 1): the slot matters from order
			// n − slot + 1 up. The lower orders are walked once, as in logProb.
			const first = n - slot + 1;
			let node: number | undefined = 0;
			let shared = 1 / V;
			for (let m = 1; m <= Math.min(order, first - 1); m++) {
				if (m > 1) node = child.get(node * base + idAt(n - (m - 1)));
				if (node === undefined || start[node] === start[node + 1]) return out.fill(shared);
				shared = gamma[node] * shared + seenMass(node, w);
			}
			if (first > order) return out.fill(shared);
			for (let v = 0; v < V; v++) {
				let p = shared;
				let at: number | undefined = node;
				for (let m = first; m <= order; m++) {
					at = child.get(at * base + (m === first ? v : idAt(n - (m - 1))));
					if (at === undefined || start[at] === start[at + 1]) break;
					p = gamma[at] * p + seenMass(at, w);
				}
				out[v] = p;
			}
			return out;
		},
		ngramCounts: () => counts.slice()
	};
}

/**
 * Samples up to n tokens after context, feeding each back in. Stops early after '</s>', which is
 * then the last token returned. opts are applied to the model's distribution (as logits = ln p),
 * so temperature T reshapes it to p^(1/T); temperature 0 is greedy.
 */
export function generate(
	model: NgramModel,
	context: string[],
	n: number,
	rng: Rng,
	opts: SamplingOptions = {}
): string[] {
	const history = context.slice();
	const out: string[] = [];
	for (let i = 0; i < n; i++) {
		const logits = Array.from(model.distribution(history), Math.log);
		const token = model.vocab[sample(samplingDistribution(logits, opts), rng)];
		out.push(token);
		if (token === EOS) break;
		history.push(token);
	}
	return out;
}
