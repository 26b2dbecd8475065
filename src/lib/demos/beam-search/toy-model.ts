import type { Lang } from '$lib/i18n/strings';
import type { NextLogProbs } from '$lib/math/beam';

/**
 * The toy language model: a hand-written tree of next-token probabilities, three tokens deep and
 * three wide, built so that greedy decoding walks into a trap: its locally best first token
 * ("nice", 0.5) leads to a worse sentence than the runner-up ("dog", 0.4, then "has", 0.9).
 */
type ToySpec = { en: string; zh: string; w: number; children?: ToySpec[] };

const END = { en: '⏎', zh: '⏎' };
const end = (w: number): ToySpec => ({ ...END, w });
const leaf = (en: string, zh: string, w: number): ToySpec => ({ en, zh, w });
const node = (en: string, zh: string, w: number, children: ToySpec[]): ToySpec => ({
	en,
	zh,
	w,
	children
});

export const TOY_PROMPT: Record<Lang, string> = { en: 'The', zh: '窗外有' };

const spec: ToySpec[] = [
	node('nice', '一位', 50, [
		node('woman', '女士', 40, [end(50), leaf('is', '在等车', 30), leaf('smiles', '在微笑', 20)]),
		node('house', '老人', 30, [end(40), leaf('is', '在散步', 40), leaf('has', '在看书', 20)]),
		node('guy', '朋友', 30, [end(40), leaf('is', '在喊我', 30), leaf('said', '在挥手', 30)])
	]),
	node('dog', '一只', 40, [
		node('has', '狗', 90, [leaf('a', '在叫', 50), end(30), leaf('fleas', '在跑', 20)]),
		node('runs', '猫', 5, [end(60), leaf('away', '在睡觉', 30), leaf('fast', '在爬树', 10)]),
		node('and', '鸟', 5, [leaf('cat', '在唱歌', 50), leaf('a', '在飞', 30), end(20)])
	]),
	node('car', '一辆', 10, [
		node('drives', '车', 50, [end(50), leaf('fast', '开过去', 30), leaf('away', '停下了', 20)]),
		node('is', '自行车', 30, [leaf('red', '倒了', 50), end(30), leaf('fast', '驶过', 20)]),
		end(20)
	])
];

export interface ToyNode {
	/** Position in breadth-first order: the index of this node's weight. */
	index: number;
	/** The token id the model emits for it: 0 for ⏎, index + 1 otherwise. */
	token: number;
	label: Record<Lang, string>;
	depth: number;
	children: ToyNode[];
}

export const TOY_EOS = 0;
export const TOY_DEPTH = 3;

function flatten(): { nodes: ToyNode[]; roots: ToyNode[]; weights: number[] } {
	const nodes: ToyNode[] = [];
	const weights: number[] = [];
	const roots: ToyNode[] = [];
	const queue: { s: ToySpec; depth: number; into: ToyNode[] }[] = spec.map((s) => ({
		s,
		depth: 1,
		into: roots
	}));
	while (queue.length > 0) {
		const { s, depth, into } = queue.shift()!;
		const index = nodes.length;
		const n: ToyNode = {
			index,
			token: s.en === END.en ? TOY_EOS : index + 1,
			label: { en: s.en, zh: s.zh },
			depth,
			children: []
		};
		nodes.push(n);
		weights.push(s.w);
		into.push(n);
		for (const c of s.children ?? []) queue.push({ s: c, depth: depth + 1, into: n.children });
	}
	return { nodes, roots, weights };
}

const toy = flatten();
export const toyNodes: readonly ToyNode[] = toy.nodes;
export const toyRoots: readonly ToyNode[] = toy.roots;
/** The preset's weights (percent), one per node in breadth-first order. */
export const TOY_WEIGHTS: readonly number[] = toy.weights;

/** Token id → label, for the tree and the tables. */
export function toyLabels(lang: Lang): string[] {
	const labels = [END[lang]];
	for (const n of toyNodes) labels[n.index + 1] = n.label[lang];
	return labels;
}

/** The weights from the hash, or the preset's when they do not fit the tree. */
export function toyWeights(fromHash: readonly number[]): number[] {
	return fromHash.length === TOY_WEIGHTS.length ? [...fromHash] : [...TOY_WEIGHTS];
}

/**
 * The probabilities of a group of sibling nodes: their weights normalised to sum to 1; with eos
 * off, ⏎ is removed and the rest renormalised; all-zero weights count as equal.
 */
export function siblingProbs(group: readonly ToyNode[], weights: readonly number[], eos: boolean) {
	const allowed = group.map((n) => eos || n.token !== TOY_EOS);
	let w = group.map((n, i) => (allowed[i] ? Math.max(0, weights[n.index]) : 0));
	if (w.every((x) => x === 0)) w = allowed.map((a) => (a ? 1 : 0));
	const total = w.reduce((a, b) => a + b, 0);
	return w.map((x) => x / total);
}

/**
 * The toy tree as a model for beamSearch: after a prefix, log-probabilities over every token id
 * (-Infinity for all but the prefix's children). A prefix past the tree's depth gets only ⏎.
 */
export function toyModel(weights: readonly number[], eos: boolean): NextLogProbs {
	const vocab = toyNodes.length + 1;
	return (prefix) => {
		let group: readonly ToyNode[] = toyRoots;
		for (const token of prefix) {
			group = group.find((n) => n.token === token)?.children ?? [];
		}
		const out = new Array<number>(vocab).fill(-Infinity);
		if (group.length === 0) {
			out[TOY_EOS] = 0;
			return out;
		}
		siblingProbs(group, weights, eos).forEach((p, i) => (out[group[i].token] = Math.log(p)));
		return out;
	};
}
