/** Strings of the BPE lab (question 1). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';
import { tokenizer } from '$lib/components/tokenizer/strings';

const en = {
	'tok.textLabel': 'Text to tokenize',
	'tok.length': '{length} characters; the link carries up to {max}',
	'tok.tooLongForLink':
		'This text is longer than a link can carry: it stays in this page, and a copied link keeps only its first {max} characters.',
	'tok.longText':
		'This text has {length} characters. It stays in this page: the box shows its first {shown}, and a copied link keeps only the first {max}.',
	'tok.editShorter': 'Edit the first {shown} characters instead',
	'tok.compareClipped':
		'The tokenizers below show the first {max} characters; training on this text uses all of it.',
	'tok.corpus': 'Our BPE learns its merges from',
	'tok.corpus.text': 'This text',
	'tok.byteView': 'Show every token as its bytes',
	'tok.panelsTitle': 'The same text, tokenizer by tokenizer',
	'tok.words': 'Words',
	'tok.ourBpe': 'Our BPE',
	'tok.wordsAbout':
		'Vocabulary: the {n} words and symbols seen at least twice in {corpus}. Anything else is [UNK], and what it said is lost.',
	'tok.bpeAbout':
		'Byte-level BPE after {k} merges learned from {corpus}: a vocabulary of {vocab} tokens, the 256 bytes plus one per merge. Chips of the latest merge are outlined.',
	'tok.unknownCount': '{n} unknown',
	'tok.countsCaption': 'Tokens per tokenizer for {chars} characters',
	'tok.colTokenizer': 'Tokenizer',
	'tok.colVocabSize': 'Vocabulary',
	'tok.colTokens': 'Tokens',
	'tok.colRatio': 'Characters per token',
	'tok.anyCharacter': 'any character',
	'tok.mergesLearned': 'Merges learned',
	'tok.stepperLabel': 'Training steps, one merge each',
	'tok.speed': 'Playback speed',
	'tok.perSecond': '{n} merges/s',
	'tok.stopped':
		'Training stopped after {n} merges: no pair of tokens occurs twice any more, so there is nothing left to merge.',
	'tok.stoppedAsked':
		'You asked for {asked} merges, but training stopped after {n}: no pair of tokens occurs twice any more.',
	'tok.trainingRunning': 'Training on {chars} characters in the background: {n} merges so far.',
	'tok.trainingProgress': 'Training progress',
	'tok.cancel': 'Cancel',
	'tok.trainingCancelled': 'Training was cancelled.',
	'tok.trainingFailed': 'Training failed.',
	'tok.trainAgain': 'Train again',
	'tok.walkTitle': 'How our BPE learned its merges',
	'tok.walkAbout':
		'Training starts from the bytes of {corpus} and repeatedly merges the most frequent adjacent pair into a new token. Step through it with the controls above.',
	'tok.mergeN': 'Merge {k}:',
	'tok.mergeDetail':
		'New token {id}. The pair occurred {count} times; the training text went from {before} to {after} tokens.',
	'tok.noMergeYet':
		'No merges yet: the training text is {bytes} bytes, each a token of its own (ids 0–255).',
	'tok.passageTitle': 'Where merge {k} first applied',
	'tok.passageStart': 'The start of the training text, byte by byte',
	'tok.passageLabel': 'Tokens of a passage of the training text',
	'tok.passageHint':
		'Shading marks where each token starts and ends (hover for its id); outlined: the new token, wherever it occurs here.',
	'tok.pairsTitle': 'Most frequent pairs after {k} merges',
	'tok.nextMerge': 'merged next',
	'tok.noPairs': 'No pair occurs twice: training is over.',
	'tok.colPair': 'Pair',
	'tok.colCount': 'Count',
	'tok.colFirst': 'First at byte',
	'tok.mergesTitle': 'The merge list ({n} merges, in the order learned)',
	'tok.noMerges': 'No merges: no pair of bytes occurs twice in the training text.',
	'tok.timesSeen': 'id {id}, seen {count}×',
	'tok.allMerges': 'Show all {n} merges',
	'tok.allMergesCaption': 'Every merge in the order learned; merge r creates token {base} + r − 1',
	'tok.colRank': 'Rank',
	'tok.colToken': 'New token',
	'tok.colId': 'Id',
	'tok.chartLabel':
		'Sequence length and vocabulary size against merges learned; after {k} merges: {length} tokens, a vocabulary of {vocab}',
	'tok.chartLength': 'Training text length (tokens)',
	'tok.chartVocab': 'Vocabulary size',
	'tok.chartMerges': 'merges learned',
	'tok.chartTokens': 'tokens',
	'tok.chartCaption': 'Length of the training text and vocabulary size after each number of merges',
	'tok.colMerges': 'Merges',
	'tok.colLength': 'Length (tokens)',
	'tok.colVocab': 'Vocabulary'
};

const zh: Record<keyof typeof en, string> = {
	'tok.textLabel': '要切分的文本',
	'tok.length': '{length} 个字符；链接最多保存 {max} 个',
	'tok.tooLongForLink':
		'这段文本太长，链接装不下：它只保留在本页中，复制的链接只带前 {max} 个字符。',
	'tok.longText':
		'这段文本有 {length} 个字符。它只保留在本页中：文本框只显示前 {shown} 个字符，复制的链接只带前 {max} 个。',
	'tok.editShorter': '改为编辑前 {shown} 个字符',
	'tok.compareClipped': '下面的分词器只显示前 {max} 个字符；在这段文本上训练时会用到全文。',
	'tok.corpus': '我们的 BPE 从这里学习合并规则',
	'tok.corpus.text': '这段文本',
	'tok.byteView': '把每个词元显示为字节',
	'tok.panelsTitle': '同一段文本，在各个分词器下的切分',
	'tok.words': '按词',
	'tok.ourBpe': '我们的 BPE',
	'tok.wordsAbout':
		'词表：{corpus}中出现至少两次的 {n} 个词和符号。其他一律记为 [UNK]，原来的内容就丢失了。',
	'tok.bpeAbout':
		'从{corpus}学到 {k} 条合并规则后的字节级 BPE：词表共 {vocab} 个词元，即 256 个字节加上每条规则一个。最新一次合并产生的词元带有外框。',
	'tok.unknownCount': '{n} 个未知',
	'tok.countsCaption': '{chars} 个字符在各分词器下的词元数',
	'tok.colTokenizer': '分词器',
	'tok.colVocabSize': '词表大小',
	'tok.colTokens': '词元数',
	'tok.colRatio': '每个词元的字符数',
	'tok.anyCharacter': '任意字符',
	'tok.mergesLearned': '已学到的合并规则',
	'tok.stepperLabel': '训练步骤，每步一次合并',
	'tok.speed': '播放速度',
	'tok.perSecond': '每秒 {n} 次合并',
	'tok.stopped': '训练在 {n} 次合并后停止：已没有出现两次以上的相邻词元对，无可合并。',
	'tok.stoppedAsked':
		'你要求 {asked} 次合并，但训练在 {n} 次后就停止了：已没有出现两次以上的相邻词元对。',
	'tok.trainingRunning': '正在后台用 {chars} 个字符训练：已完成 {n} 次合并。',
	'tok.trainingProgress': '训练进度',
	'tok.cancel': '取消',
	'tok.trainingCancelled': '训练已取消。',
	'tok.trainingFailed': '训练失败。',
	'tok.trainAgain': '重新训练',
	'tok.walkTitle': '我们的 BPE 是怎样学到这些合并规则的',
	'tok.walkAbout':
		'训练从{corpus}的字节开始，每一步把出现最频繁的相邻词元对合并成一个新词元。用上方的控件逐步查看。',
	'tok.mergeN': '第 {k} 次合并：',
	'tok.mergeDetail':
		'新词元的 id 是 {id}。这个词元对出现了 {count} 次；训练文本从 {before} 个词元变为 {after} 个。',
	'tok.noMergeYet': '还没有合并：训练文本共 {bytes} 个字节，每个字节各是一个词元（id 0–255）。',
	'tok.passageTitle': '第 {k} 次合并最先出现的位置',
	'tok.passageStart': '训练文本的开头，逐字节显示',
	'tok.passageLabel': '训练文本中一段话的词元',
	'tok.passageHint':
		'底色标出每个词元的起止（悬停可看 id）；带外框的是新词元，标出了它在这里出现的每一处。',
	'tok.pairsTitle': '{k} 次合并后出现最多的词元对',
	'tok.nextMerge': '下一个合并',
	'tok.noPairs': '没有出现两次的词元对：训练结束。',
	'tok.colPair': '词元对',
	'tok.colCount': '次数',
	'tok.colFirst': '首次出现的字节位置',
	'tok.mergesTitle': '合并规则表（共 {n} 条，按学习顺序）',
	'tok.noMerges': '没有合并规则：训练文本中没有出现两次的字节对。',
	'tok.timesSeen': 'id {id}，出现 {count} 次',
	'tok.allMerges': '显示全部 {n} 条合并规则',
	'tok.allMergesCaption': '按学习顺序列出的全部合并规则；第 r 条产生词元 {base} + r − 1',
	'tok.colRank': '序号',
	'tok.colToken': '新词元',
	'tok.colId': 'id',
	'tok.chartLabel':
		'序列长度和词表大小随合并次数的变化；{k} 次合并后：{length} 个词元，词表大小 {vocab}',
	'tok.chartLength': '训练文本长度（词元数）',
	'tok.chartVocab': '词表大小',
	'tok.chartMerges': '合并次数',
	'tok.chartTokens': '词元数',
	'tok.chartCaption': '每个合并次数下训练文本的长度和词表大小',
	'tok.colMerges': '合并次数',
	'tok.colLength': '长度（词元数）',
	'tok.colVocab': '词表大小'
};

export const tokenization = strings(en, zh);
export const t = translator(tokenizer, tokenization);
