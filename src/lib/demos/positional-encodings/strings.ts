/** Strings of the positional-encodings demo (question 21). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';

const en = {
	'pe.matrixTitle': 'The encoding matrix',
	'pe.length': 'Length (positions)',
	'pe.dModel': 'd_model (dimensions)',
	'pe.value': 'Value',
	'pe.cell': 'Position {pos}, dimension {dim} ({fn} of pair {i}): {value}',
	'pe.axisDims': 'dimensions 0 … {last} →',
	'pe.axisPositions': 'positions 0 … {last} →',
	'pe.matrixLabel': 'Sinusoidal positional encodings, {length} positions by {d} dimensions',
	'pe.matrixCaption':
		'Each row is the code of one position; each column is a wave, fast on the left and slower and slower to the right. Hover over or focus the picture and use the arrow keys to read values.',
	'pe.matrixTable': 'The first {rows} positions and {cols} dimensions',
	'pe.position': 'position',
	'pe.waveTitle': 'One dimension is one wave',
	'pe.dimension': 'Dimension',
	'pe.wavelength': 'One full wave every {wavelength} positions (this sequence has {length}).',
	'pe.waveLabel': 'Dimension {dim} of the encoding across {length} positions',
	'pe.waveCurve': 'the continuous wave',
	'pe.waveSamples': 'its values at whole positions',
	'pe.simTitle': 'Which positions look alike: PE·PEᵀ',
	'pe.simCell': 'Positions {p} and {q} (offset {offset}): {value}',
	'pe.simLabel': 'Dot products of the encodings of every pair of {length} positions, d_model = {d}',
	'pe.simAbout':
		'Entry (p, q) is PE(p)·PE(q). For even d_model it equals Σᵢ cos((p − q)·ωᵢ): the largest value, d_model/2 = {half}, is on the diagonal, and each diagonal stripe holds a single value. The similarity tells how far apart two positions are, not where they are, which is what lets attention learn relative positions.',
	'pe.offsetLabel':
		'Similarity to the position k places on, starting from position 0 and from position {middle}',
	'pe.fromStart': 'from position 0',
	'pe.fromMiddle': 'from position {middle}',
	'pe.offset': 'offset k',
	'pe.offsetSame':
		'The two curves coincide (largest gap {gap}, rounding): the similarity depends only on the offset k.',
	'pe.offsetOdd':
		'The curves differ by up to {gap}: with an odd d_model the last sin column has no cos partner, so the pattern is only nearly shift-invariant.',
	'pe.shuffleTitle': 'Without positions, order is invisible',
	'pe.shuffleAbout':
		'Self-attention on its own treats its input as a set. Shuffle the words without positional encodings and every word gives every other word exactly the weight it gave before: the matrix is only reordered. Add the encodings and the weights change, because where a word stands is now part of its vector.',
	'pe.example': 'language models predict the next token in a sequence of text',
	'pe.exampleZh': '模型根据上下文预测下一个词',
	'pe.exampleRepeat': 'the model predicts the next word from the words before it',
	'pe.empty': 'The sentence is empty: type a few words to shuffle.',
	'pe.truncated':
		'The text has {total} tokens; this view uses the first {max}, so that both matrices stay readable.',
	'pe.loading': 'Computing word vectors from the guide’s text…',
	'pe.unknown': 'Not in the guide’s vocabulary, so their word vector is zero: {tokens}',
	'pe.addPositions': 'Add positional encodings',
	'pe.shuffle': 'Shuffle the words',
	'pe.anotherOrder': 'Another order',
	'pe.originalOrder': 'Original order',
	'pe.shuffledOrder': 'Shuffled',
	'pe.shuffledPutBack': 'Shuffled, put back in order',
	'pe.weightsLabel': 'Attention weights, {order}: rows are queries, columns keys',
	'pe.pairCell': '“{query}” → “{key}”: {w}',
	'pe.verdictSame':
		'Put back in the original order, the shuffled weights are the same (largest difference {gap}, rounding): without positions, attention cannot see word order.',
	'pe.verdictChanged':
		'Put back in the original order, the weights differ by up to {gap}: with positions, the same words attend differently once their order changes.',
	'pe.pairCompare': '“{query}” → “{key}”: {before} in the original order, {after} shuffled.',
	'pe.pairHint': 'Hover over or focus a cell to compare the same two words in both orders.',
	'pe.headWithPositions':
		'The head: x = [word vector | PE(position)], and its score adds the attention demo’s “similar words” head (on the word vectors) and “previous token” head (on the encodings). With positions, each word leans towards the one before it.',
	'pe.headWithoutPositions':
		'Without positions, x = [word vector | 0]: the “previous token” half sees nothing and only word similarity is left. Two copies of the same word now attend in exactly the same way.',
	'pe.tableCaption': 'Attention weight of every pair of words, original order and shuffled',
	'pe.query': 'Query',
	'pe.key': 'Key',
	'pe.source':
		'Word vectors: computed in your browser from the guide’s own answers (co-occurrence counts → PPMI → SVD), as in the attention demo. Nothing here is random except the order of the shuffle.'
};

const zh: Record<keyof typeof en, string> = {
	'pe.matrixTitle': '编码矩阵',
	'pe.length': '长度（位置数）',
	'pe.dModel': 'd_model（维度数）',
	'pe.value': '数值',
	'pe.cell': '位置 {pos}，维度 {dim}（第 {i} 对的 {fn}）：{value}',
	'pe.axisDims': '维度 0 … {last} →',
	'pe.axisPositions': '位置 0 … {last} →',
	'pe.matrixLabel': '正弦位置编码，{length} 个位置 × {d} 个维度',
	'pe.matrixCaption':
		'每一行是一个位置的编码；每一列是一条波，左边振荡得快，越往右越慢。把鼠标移到图上或选中它后用方向键，可以读出数值。',
	'pe.matrixTable': '前 {rows} 个位置、前 {cols} 个维度',
	'pe.position': '位置',
	'pe.waveTitle': '一个维度就是一条波',
	'pe.dimension': '维度',
	'pe.wavelength': '每 {wavelength} 个位置完成一个周期（这个序列有 {length} 个位置）。',
	'pe.waveLabel': '编码的第 {dim} 维在 {length} 个位置上的取值',
	'pe.waveCurve': '连续的波',
	'pe.waveSamples': '在整数位置上的取值',
	'pe.simTitle': '哪些位置彼此相像：PE·PEᵀ',
	'pe.simCell': '位置 {p} 与 {q}（相距 {offset}）：{value}',
	'pe.simLabel': '{length} 个位置两两之间编码的点积，d_model = {d}',
	'pe.simAbout':
		'第 (p, q) 个元素是 PE(p)·PE(q)。d_model 为偶数时它等于 Σᵢ cos((p − q)·ωᵢ)：最大值 d_model/2 = {half} 在对角线上，每条与对角线平行的斜线上数值都相同。相似度反映的是两个位置相隔多远，而不是它们在哪里，注意力正是借此学会相对位置。',
	'pe.offsetLabel': '与相隔 k 的位置的相似度，分别从位置 0 和位置 {middle} 出发',
	'pe.fromStart': '从位置 0 出发',
	'pe.fromMiddle': '从位置 {middle} 出发',
	'pe.offset': '相隔 k',
	'pe.offsetSame': '两条曲线重合（最大差 {gap}，只是舍入误差）：相似度只取决于相隔的距离 k。',
	'pe.offsetOdd':
		'两条曲线最多相差 {gap}：d_model 为奇数时，最后一列 sin 没有配对的 cos，平移不变性只是近似成立。',
	'pe.shuffleTitle': '没有位置信息，就看不见词序',
	'pe.shuffleAbout':
		'单靠自注意力，输入只是一个集合。不加位置编码时打乱词序，每个词给其他每个词的权重和原来完全一样，矩阵只是换了顺序。加上位置编码，权重就变了，因为词所在的位置已经成了它向量的一部分。',
	'pe.example': 'language models predict the next token in a sequence of text',
	'pe.exampleZh': '模型根据上下文预测下一个词',
	'pe.exampleRepeat': 'the model predicts the next word from the words before it',
	'pe.empty': '句子是空的：输入几个词再打乱。',
	'pe.truncated': '这段文字有 {total} 个词元；为了让两个矩阵都看得清，这里只用前 {max} 个。',
	'pe.loading': '正在用本指南的文字计算词向量……',
	'pe.unknown': '这些词不在本指南的词表里，词向量为零：{tokens}',
	'pe.addPositions': '加上位置编码',
	'pe.shuffle': '打乱词序',
	'pe.anotherOrder': '换一种顺序',
	'pe.originalOrder': '原来的顺序',
	'pe.shuffledOrder': '打乱后',
	'pe.shuffledPutBack': '打乱后再按原顺序排列',
	'pe.weightsLabel': '注意力权重，{order}：行是查询，列是键',
	'pe.pairCell': '“{query}” → “{key}”：{w}',
	'pe.verdictSame':
		'按原顺序排回去后，打乱后的权重与原来相同（最大差 {gap}，只是舍入误差）：没有位置信息，注意力看不见词序。',
	'pe.verdictChanged':
		'按原顺序排回去后，权重最多相差 {gap}：有了位置信息，同样的词换了顺序，注意力的分配也随之改变。',
	'pe.pairCompare': '“{query}” → “{key}”：原顺序下 {before}，打乱后 {after}。',
	'pe.pairHint': '把鼠标移到某个格子上或选中它，比较同一对词在两种顺序下的权重。',
	'pe.headWithPositions':
		'这个注意力头：x = [词向量 | PE(位置)]，它的分数是注意力演示中“相似的词”头（作用于词向量）与“前一个词元”头（作用于位置编码）之和。有了位置，每个词都偏向它前面的那个词。',
	'pe.headWithoutPositions':
		'没有位置时，x = [词向量 | 0]：“前一个词元”那一半什么也看不到，只剩下词与词的相似度。同一个词出现两次，它们的注意力分配也一模一样。',
	'pe.tableCaption': '每一对词的注意力权重，原顺序与打乱后对照',
	'pe.query': '查询',
	'pe.key': '键',
	'pe.source':
		'词向量：在你的浏览器里由本指南的回答计算得出（共现计数 → PPMI → SVD），与注意力演示相同。除了打乱的顺序，这里没有任何随机成分。'
};

export const positional = strings(en, zh);
export const t = translator(positional);
