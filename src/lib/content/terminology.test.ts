import { describe, expect, it } from 'vitest';
import { glossary } from './glossary';
import { discouragedUses } from './terminology';

const found = (text: string) => discouragedUses(text).map((x) => `${x.found} → ${x.term.zh}`);

describe('discouragedUses(text)', () => {
	it('finds the slips the issue names, with the form to use instead', () => {
		expect(found('softmax 对分数进行标准化以关注关键标记')).toEqual([
			'标准化 → 归一化',
			'标记 → 词元'
		]);
		expect(found('专家混合（MoE）如何增强 LLM 的可扩展性？')).toEqual(['专家混合 → 混合专家']);
		expect(found('Top-k 抽样选择 k 个最可能的 token')).toEqual(['抽样 → 采样', 'token → 词元']);
		expect(found('使 LLM 能够执行情绪分析等任务')).toEqual(['情绪分析 → 情感分析']);
		expect(found('（[Vaswani et al., 2017](x)）')).toEqual(['et al → 等']);
	});

	it('gives the index of each slip in the whole text, in order', () => {
		const text = '第一句没有问题。第二句用集束搜索，第三个词是 Token。';
		expect(discouragedUses(text).map((x) => [x.index, x.found])).toEqual([
			[text.indexOf('集束'), '集束'],
			[text.indexOf('Token'), 'Token']
		]);
	});

	it('allows a form where its context pattern covers it, and only there', () => {
		expect(found('把每个特征标准化为均值 0、标准差 1')).toEqual([]);
		expect(found('把每个特征标准化为均值 0、标准差 1；softmax 再做标准化')).toEqual([
			'标准化 → 归一化'
		]);
		expect(found('用 </w> 标记词尾')).toEqual([]);
		expect(found('用 </w> 标记词尾，保留的标记为彩色')).toEqual(['标记 → 词元']);
		expect(found('大语言模型（LLM）的定义是什么？')).toEqual([]);
		expect(found('在 MoE 大语言模型中')).toEqual(['大语言模型 → LLM']);
	});

	it('lets an English title quoted in Chinese text keep its words', () => {
		expect(found('参见第 3 章“N-gram Language Models”')).toEqual([]);
		expect(found('参见《Token Merging: Your ViT but Faster》')).toEqual([]);
		expect(found('N-gram 模型与“N-gram Language Models”')).toEqual(['N-gram → n-gram']);
		expect(found('第一个“token”')).toEqual(['token → 词元']);
	});

	it('reports overlapping forms once, by the longer', () => {
		expect(found('层规范化稳定了训练')).toEqual(['层规范化 → 层归一化']);
		expect(found('多头注意和注意头')).toEqual(['多头注意 → 多头注意力', '注意头 → 注意力头']);
	});

	it('leaves the right forms alone, English words inside longer ones too', () => {
		expect(
			found('多头注意力中的每个注意力头；分词器把文本切成词元；Tokenizers 与 softmax')
		).toEqual([]);
	});
});

describe('glossary', () => {
	it('gives every term a Chinese form that passes the whole glossary', () => {
		for (const term of glossary) expect(found(term.zh), term.en).toEqual([]);
	});

	it('names each English term once', () => {
		const names = glossary.map((x) => x.en);
		expect(new Set(names).size).toBe(names.length);
	});
});
