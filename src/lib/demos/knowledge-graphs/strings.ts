/** Strings of the knowledge-graph demo (question 40). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';
import { controls } from '$lib/components/controls/strings';

const en = {
	'kg.intro':
		'The guide’s own statements as a knowledge graph: {entities} entities and {facts} facts, each taken by hand from the answer that states it. Search it, walk a path through it, and hold a claim against it: a claim the graph supports, contradicts, or cannot judge.',
	'kg.isNot':
		'This graph knows only what the guide says, and the checker is a list of names and a few phrase rules, not a model. Real systems link a model’s output to graphs of millions of facts with a learned entity linker; the idea is the same, the scale is not.',
	'kg.search': 'Search entities',
	'kg.searchHint': 'Type part of a name, in English or Chinese, to highlight it.',
	'kg.searchFound': '{count} of {total} entities match: {names}.',
	'kg.searchNone':
		'No entity’s name contains “{q}”. The graph holds only what the guide names; try “BERT”, “attention” or “过拟合”.',
	'kg.relations': 'Relations drawn',
	'kg.rel.isA': 'is a kind of',
	'kg.rel.uses': 'uses',
	'kg.rel.partOf': 'is part of',
	'kg.rel.extends': 'extends',
	'kg.rel.mitigates': 'mitigates',
	'kg.rel.improvesOn': 'improves on',
	'kg.rel.usedFor': 'is used for',
	'kg.noRelations': 'Every relation is switched off: switch one on to draw its facts.',
	'kg.graphLabel': 'The guide’s knowledge graph: {nodes} entities, {edges} facts drawn',
	'kg.graphAbout':
		'Each circle is an entity the guide names; each arrow a fact, from subject to object, coloured by its relation. The layout is computed once to rest by a force simulation, so the same link always shows the same picture.',
	'kg.scrollLabel': 'The graph (scrolls sideways on a narrow screen)',
	'kg.layingOut': 'Laying out the graph…',
	'kg.layoutFailed': 'The graph could not be laid out: {error}',
	'kg.pathHeading': 'A path between two entities',
	'kg.from': 'From',
	'kg.to': 'To',
	'kg.pathSame': 'Pick two different entities to join.',
	'kg.pathNone':
		'No chain of the facts drawn joins {a} and {b}: the guide never connects them, or a relation switched off hides the link. Found breadth-first over {edges} facts.',
	'kg.pathFound':
		'{a} reaches {b} in {steps} steps, the fewest possible (breadth-first search, arrows walked either way):',
	'kg.pathStep': '{fact} (question {q})',
	'kg.claimHeading': 'Check a claim',
	'kg.claim': 'Claim',
	'kg.claimHint':
		'A sentence naming two entities and a relation between them; up to {max} characters.',
	'kg.fact': 'A stated fact',
	'kg.swap': 'The fact with its object swapped',
	'kg.ngram': 'A sentence from the guide’s n-gram model',
	'kg.makers': 'Make a claim',
	'kg.ngramLoading': 'Loading the guide’s n-gram model…',
	'kg.ngramFailed': 'The n-gram model could not be loaded: {error}',
	'kg.ngramNote':
		'The n-gram model strings the guide’s phrases together with no notion of which facts it joins: fluent, and sometimes false. It took {tries} samples to write one that names two entities.',
	'kg.readAs': 'Read as: {subject} · {relation} · {object}',
	'kg.supported': 'Supported',
	'kg.contradicted': 'Contradicted',
	'kg.unknown': 'Unknown',
	'kg.supportedWhy': 'The graph states it:',
	'kg.supportedChain': 'The graph states it through a chain of the same relation:',
	'kg.contradictedWhy': 'The guide states otherwise:',
	'kg.unknownWhy':
		'The graph knows {subject} and {object}, but states nothing about what {subject} {relation}: it cannot judge the claim.',
	'kg.empty': 'The claim is empty: type one, or make one with the buttons.',
	'kg.noEntity':
		'Unknown: the graph has never seen anything this claim names. It knows only the {count} entities the guide’s answers name, such as {examples}.',
	'kg.oneEntity':
		'Unknown: the claim names only {name}, and a fact joins two entities. Name a second one.',
	'kg.noRelation':
		'Unknown: the claim names {names}, but no relation the checker can read joins them (it reads “uses”, “is a kind of”, “mitigates”, “like”, …).',
	'kg.closedWorld':
		'“Contradicted” reads the graph as complete: where the guide says what a subject uses, anything else it is said to use is flagged. That is how a swapped fact is caught, and also why a true fact the guide never mentions would be flagged too.',
	'kg.factLine': '{fact} (question {q})',
	'kg.tableSummary': 'The facts drawn, as a table',
	'kg.tableCaption':
		'The facts the guide states: subject, relation, object, and the question whose answer states it',
	'kg.colSubject': 'subject',
	'kg.colRelation': 'relation',
	'kg.colObject': 'object',
	'kg.colQuestion': 'question'
};

const zh: Record<keyof typeof en, string> = {
	'kg.intro':
		'把本指南自己的陈述画成知识图谱：{entities} 个实体、{facts} 条事实，每条都是从陈述它的回答中手工摘出的。可以搜索它、在其中找一条路径，并拿一条论断去对照它：图谱支持、反驳，或无法判断。',
	'kg.isNot':
		'这个图谱只知道本指南所说的内容，核对器只是一份名称表和几条短语规则，而不是模型。真实系统用学习得到的实体链接器，把模型的输出链接到含数百万条事实的图谱上；思路相同，规模不同。',
	'kg.search': '搜索实体',
	'kg.searchHint': '输入名称的一部分（英文或中文）即可高亮。',
	'kg.searchFound': '{total} 个实体中有 {count} 个匹配：{names}。',
	'kg.searchNone':
		'没有实体的名称包含“{q}”。图谱只含本指南提到的名称；试试“BERT”“注意力”或“过拟合”。',
	'kg.relations': '显示的关系',
	'kg.rel.isA': '是一种',
	'kg.rel.uses': '使用',
	'kg.rel.partOf': '是……的组成部分',
	'kg.rel.extends': '扩展',
	'kg.rel.mitigates': '缓解',
	'kg.rel.improvesOn': '优于',
	'kg.rel.usedFor': '用于',
	'kg.noRelations': '所有关系都已关闭：打开其中一种即可画出它的事实。',
	'kg.graphLabel': '本指南的知识图谱：显示 {nodes} 个实体、{edges} 条事实',
	'kg.graphAbout':
		'每个圆圈是本指南提到的一个实体；每个箭头是一条事实，从主语指向宾语，颜色表示关系。布局由力导向模拟一次性算到静止，因此同一个链接总是显示同一张图。',
	'kg.scrollLabel': '图谱（窄屏上可横向滚动）',
	'kg.layingOut': '正在计算图谱的布局…',
	'kg.layoutFailed': '无法计算图谱的布局：{error}',
	'kg.pathHeading': '两个实体之间的路径',
	'kg.from': '起点',
	'kg.to': '终点',
	'kg.pathSame': '请选择两个不同的实体。',
	'kg.pathNone':
		'显示的事实中没有一条链把 {a} 和 {b} 连起来：本指南从未把它们联系在一起，或者被关闭的关系挡住了这条联系。在 {edges} 条事实上做了广度优先搜索。',
	'kg.pathFound': '{a} 经过 {steps} 步到达 {b}，这是最少的步数（广度优先搜索，箭头可以反向走）：',
	'kg.pathStep': '{fact}（第 {q} 题）',
	'kg.claimHeading': '核对一条论断',
	'kg.claim': '论断',
	'kg.claimHint': '一句话，提到两个实体以及它们之间的关系；最多 {max} 个字符。',
	'kg.fact': '一条陈述过的事实',
	'kg.swap': '把这条事实的宾语换掉',
	'kg.ngram': '本指南的 n-gram 模型写的一句话',
	'kg.makers': '生成一条论断',
	'kg.ngramLoading': '正在加载本指南的 n-gram 模型…',
	'kg.ngramFailed': '无法加载 n-gram 模型：{error}',
	'kg.ngramNote':
		'n-gram 模型把本指南的短语串在一起，却不知道自己连起来的是哪些事实：句子通顺，有时却是错的。它采样了 {tries} 次，才写出一句提到两个实体的话。',
	'kg.readAs': '解读为：{subject} · {relation} · {object}',
	'kg.supported': '支持',
	'kg.contradicted': '反驳',
	'kg.unknown': '未知',
	'kg.supportedWhy': '图谱陈述了这一点：',
	'kg.supportedChain': '图谱通过同一种关系的链条陈述了这一点：',
	'kg.contradictedWhy': '本指南的陈述与之不同：',
	'kg.unknownWhy':
		'图谱认识 {subject} 和 {object}，但没有陈述 {subject}“{relation}”什么：它无法判断这条论断。',
	'kg.empty': '论断是空的：请输入一条，或用按钮生成一条。',
	'kg.noEntity':
		'未知：这条论断提到的东西图谱一个也没见过。它只认识本指南回答中提到的 {count} 个实体，例如 {examples}。',
	'kg.oneEntity': '未知：这条论断只提到了 {name}，而一条事实要连接两个实体。请再提一个。',
	'kg.noRelation':
		'未知：这条论断提到了 {names}，但核对器读不出连接它们的关系（它能读“使用”“是一种”“缓解”“例如”等）。',
	'kg.closedWorld':
		'“反驳”把图谱当作完整的：本指南既然说了某个主语使用什么，说它使用别的东西就会被标出。换掉宾语的事实就是这样被发现的；同样，本指南从未提到的真实事实也会被标出。',
	'kg.factLine': '{fact}（第 {q} 题）',
	'kg.tableSummary': '显示的事实（表格）',
	'kg.tableCaption': '本指南陈述的事实：主语、关系、宾语，以及陈述它的题目',
	'kg.colSubject': '主语',
	'kg.colRelation': '关系',
	'kg.colObject': '宾语',
	'kg.colQuestion': '题目'
};

export const knowledgeGraphStrings = strings(en, zh);
export const t = translator(controls, knowledgeGraphStrings);
