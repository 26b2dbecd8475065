/** Strings of the out-of-vocabulary demo (question 16). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';
import { tokenizer } from '$lib/components/tokenizer/strings';

const en = {
	'oov.wordLabel': 'A word',
	'oov.empty': 'Type a word to see how each tokenizer handles it.',
	'oov.oneWord': 'One word at a time: only “{word}” is used.',
	'oov.corpus': 'Vocabularies built from',
	'oov.space': 'Give GPT’s tokenizers a leading space, as in the middle of a sentence',
	'oov.merges': 'Merges our BPE learns from {corpus}',
	'oov.stopped':
		'Training stopped after {n} merges: no pair of symbols occurs twice any more in the words of {corpus}.',
	'oov.sideBySide': '“{word}”, tokenizer by tokenizer',
	'oov.vocabTitle': 'Word vocabulary',
	'oov.unknown':
		'Not among the {n} words seen at least twice in {corpus}: the model receives [UNK], and whatever the word meant is gone.',
	'oov.known': 'In the vocabulary built from {corpus}: id {ids}.',
	'oov.bpeTitle': 'Our BPE ({n} merges)',
	'oov.symbolsLabel': 'Symbols of the word under our BPE',
	'oov.char': 'char',
	'oov.mergeRank': 'merge {r}',
	'oov.walkTitle': 'Our BPE, merge by merge',
	'oov.walkAbout':
		'Word-level BPE (Sennrich et al., 2016): the word starts as characters, with </w> marking its end, and the merges learned in training are applied lowest rank first, each everywhere it fits, until none applies. What remains are the subwords.',
	'oov.stepsLabel': 'Merges applied to the word',
	'oov.start': 'Start: the word as {n} characters.',
	'oov.stepN':
		'Step {s} of {total}: merge {r}, “{a}” + “{b}” → “{ab}” (the pair occurred {count} times in training).',
	'oov.stepLine': 'merge {r}: {a} + {b} → {ab}',
	'oov.noSteps': 'None of the learned merges applies to this word: it stays as single characters.'
};

const zh: Record<keyof typeof en, string> = {
	'oov.wordLabel': '一个词',
	'oov.empty': '输入一个词，看看各个分词器怎样处理它。',
	'oov.oneWord': '一次只看一个词：这里只用“{word}”。',
	'oov.corpus': '词表的来源',
	'oov.space': '给 GPT 的分词器加一个前导空格，就像词出现在句子中间',
	'oov.merges': '我们的 BPE 从{corpus}学到的合并规则数',
	'oov.stopped': '训练在 {n} 次合并后停止：{corpus}的词里已没有出现两次以上的符号对。',
	'oov.sideBySide': '“{word}”在各个分词器下的切分',
	'oov.vocabTitle': '词级词表',
	'oov.unknown':
		'不在{corpus}中出现至少两次的 {n} 个词之内：模型收到的是 [UNK]，这个词原本的意思就丢失了。',
	'oov.known': '在由{corpus}构建的词表中：id {ids}。',
	'oov.bpeTitle': '我们的 BPE（{n} 次合并）',
	'oov.symbolsLabel': '这个词在我们的 BPE 下的符号',
	'oov.char': '字符',
	'oov.mergeRank': '合并 {r}',
	'oov.walkTitle': '我们的 BPE，一次合并一步',
	'oov.walkAbout':
		'词级 BPE（Sennrich 等，2016）：词先拆成字符，末尾用 </w> 标记词尾；再按训练时学到的顺序，从排名最靠前的合并规则开始，凡能合并之处都合并，直到没有规则可用。剩下的就是子词。',
	'oov.stepsLabel': '应用到这个词上的合并',
	'oov.start': '开始：这个词是 {n} 个字符。',
	'oov.stepN':
		'第 {s} / {total} 步：合并 {r}，“{a}” + “{b}” → “{ab}”（这个符号对在训练中出现了 {count} 次）。',
	'oov.stepLine': '合并 {r}：{a} + {b} → {ab}',
	'oov.noSteps': '学到的合并规则没有一条适用于这个词：它仍是一个个单独的字符。'
};

export const oov = strings(en, zh);
export const t = translator(tokenizer, oov);
