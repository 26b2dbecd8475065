/** Strings of the sequence-to-sequence demo (question 8). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';
import { controls } from '$lib/components/controls/strings';

const en = {
	's2s.intro':
		'A small encoder–decoder reads a number spelled out, in English words or in Chinese numerals, and writes its digits one at a time. The encoder, a GRU, turns each word or character into a hidden state; the decoder, a second GRU, writes a digit, reads it back, and writes the next until it writes <eos> (end of sequence). With attention on, each step looks back at all the encoder’s states; off, it has only the last one.',
	's2s.source': 'Number, spelled out',
	's2s.sourceHint': '{count} tokens read (English: one per word; Chinese: one per character)',
	's2s.examples': 'Examples',
	's2s.attention': 'Attention',
	's2s.empty': 'Type a number in words, e.g. “three hundred twelve” or 三百一十二.',
	's2s.unknown':
		'Not in the model’s vocabulary, left out: {words}. It knows the English words zero to nineteen, twenty to ninety, hundred, thousand, and the characters 零一二三四五六七八九十百千万.',
	's2s.dropped': 'Only the first {max} tokens are read; {n} more left out.',
	's2s.loading': 'Loading the trained weights…',
	's2s.loadFailed': 'The trained weights could not be loaded: {error}',
	's2s.decoding': 'Decoding…',
	's2s.decodeFailed': 'The decoding failed: {error}',
	's2s.output': 'Output',
	's2s.reference': 'The number typed is {n}: the model is {verdict}.',
	's2s.right': 'right',
	's2s.wrong': 'wrong',
	's2s.noReference':
		'This is not a number as the task spells it (no “and”, 十五 not 一十五, one 零 for a run of zeros), so there is no right answer to check; the model still writes something.',
	's2s.noEnd': 'The decoder did not write <eos> within {max} steps and was stopped.',
	's2s.stepper': 'Decoding steps',
	's2s.alignTitle': 'Where each step looks: the attention weights',
	's2s.alignLabel': 'Attention weights: one row per output step, one column per source token',
	's2s.alignCell': 'writing “{out}”, the weight on “{src}” is {w}',
	's2s.alignHint':
		'Each row sums to 1. Read a row as where the decoder looked when it wrote that digit: a digit’s word (“three” → 3), a unit that says where the zeros go (“thousand”, 万), a 零.',
	's2s.noAlign':
		'Attention is off: every step reads the same vector, the encoder’s last state h{last}. Everything about the number has to fit in those {h} numbers: that is the bottleneck.',
	's2s.alignTable': 'Attention weights as numbers',
	's2s.stepCol': 'Step (output)',
	's2s.stripTitle': 'What the encoder wrote: one hidden state per token',
	's2s.stripLabel': 'Encoder hidden states: one row per source token, one column per unit',
	's2s.stripCell': 'after “{src}”, unit {unit} is {v}',
	's2s.stripHint':
		'Each row is the GRU’s state after reading that token ({h} numbers in −1 … 1). Without attention the decoder sees only the last row.',
	's2s.probsTitle': 'Step {step}: the decoder’s probabilities',
	's2s.probsLabel': 'Probability of each output token at step {step}',
	's2s.prob': '{token}: {p}',
	's2s.accTitle': 'Accuracy against source length, with and without attention',
	's2s.accIntro':
		'Both checkpoints, trained the same way ({steps} steps of {batch} examples, seed {seed}), on {n} held-out numbers (numbers training never drew), the same numbers in each language. A number counts only if every digit is right.',
	's2s.accLabel': 'Exact-match accuracy by source length in tokens',
	's2s.length': 'Source length (tokens)',
	's2s.accuracy': 'Accuracy (%)',
	's2s.withAttention': 'With attention',
	's2s.withoutAttention': 'Without attention',
	's2s.accTable': 'Accuracy by source length as numbers',
	's2s.accCell': '{correct} / {total}',
	's2s.overall': 'Overall: {on} with attention, {off} without.',
	's2s.bottleneckNote':
		'Without attention the longest sources suffer most: the whole number has to pass through one state of {h} numbers, and the decoder has no way back to the word it needs. Still, a number up to 99,999 holds only about 17 bits; in Sutskever et al. (2014) and Bahdanau et al. (2015) the sources are sentences of 30–50 words, where a single vector loses far more (Bahdanau et al., figure 2).',
	's2s.trainTitle': 'Train from scratch',
	's2s.trainIntro':
		'The same recipe as the checkpoint, from the seed below, in a background worker: Adam, batches of {batch} fresh examples, the loss per step and the test accuracy every {every} steps. With attention it reaches high accuracy in about a minute on a fast laptop (slower on a loaded machine).',
	's2s.trainModel': 'Training the model with attention {state} ({params} weights).',
	's2s.on': 'on',
	's2s.off': 'off',
	's2s.trainStatus': 'step {step} / {total}',
	's2s.lossLabel': 'Training loss per step',
	's2s.lossAxis': 'Cross-entropy (nats per token)',
	's2s.stepAxis': 'Step',
	's2s.loss': 'Loss',
	's2s.trainAccLabel': 'Test accuracy during training',
	's2s.trainAccSeries': 'This run',
	's2s.checkpointSeries': 'Checkpoint',
	's2s.trainTable': 'Training curve as numbers',
	's2s.lossMean': 'Mean loss of the last {every} steps',
	's2s.honest':
		'What this is: a GRU encoder–decoder with {params} weights (embeddings of {e}, hidden states of {h}), trained on a synthetic task by our own autodiff engine in your browser. The recipe is that of Sutskever, Vinyals & Le (2014, “Sequence to Sequence Learning with Neural Networks”: an encoder RNN, a decoder RNN, teacher forcing, greedy decoding here instead of beam search) with the additive attention of Bahdanau, Cho & Bengio (2015, “Neural Machine Translation by Jointly Learning to Align and Translate”, §3.1) and the GRU of Cho et al. (2014). Their models had recurrent layers of 1,000 units, vocabularies of 30,000 to 160,000 words and days of training on GPUs (Sutskever et al. §3.4–3.5, Bahdanau et al. §4.2); this one has 45 source tokens and 11 output tokens.'
};

const zh: Record<keyof typeof en, string> = {
	's2s.intro':
		'一个小型编码器–解码器读入一个用英文单词或中文数字写出的数，一次写出一位数字。编码器是一个 GRU，把每个词或字变成一个隐藏状态；解码器是另一个 GRU，写出一位数字，再把它读回，接着写下一位，直到写出 <eos>（结束）。打开注意力时，每一步都回看编码器的全部状态；关闭时，只有最后一个状态。',
	's2s.source': '用文字写出的数',
	's2s.sourceHint': '读入 {count} 个词元（英文每个词一个，中文每个字一个）',
	's2s.examples': '例子',
	's2s.attention': '注意力',
	's2s.empty': '请输入一个用文字写出的数，例如 “three hundred twelve” 或 三百一十二。',
	's2s.unknown':
		'不在模型的词表里，已略去：{words}。它认识英文单词 zero 到 nineteen、twenty 到 ninety、hundred、thousand，以及汉字 零一二三四五六七八九十百千万。',
	's2s.dropped': '只读入前 {max} 个词元；其余 {n} 个已略去。',
	's2s.loading': '正在加载训练好的权重…',
	's2s.loadFailed': '训练好的权重无法加载：{error}',
	's2s.decoding': '正在解码…',
	's2s.decodeFailed': '解码失败：{error}',
	's2s.output': '输出',
	's2s.reference': '输入的数是 {n}：模型{verdict}。',
	's2s.right': '答对了',
	's2s.wrong': '答错了',
	's2s.noReference':
		'这不是本任务写法下的数（不用 “and”，写十五而不是一十五，连续的零只写一个零），所以没有标准答案可对照；模型照样会写出一些数字。',
	's2s.noEnd': '解码器在 {max} 步内没有写出 <eos>，已被停止。',
	's2s.stepper': '解码步骤',
	's2s.alignTitle': '每一步看向哪里：注意力权重',
	's2s.alignLabel': '注意力权重：每行是一个输出步骤，每列是一个源词元',
	's2s.alignCell': '写出 “{out}” 时，“{src}” 的权重是 {w}',
	's2s.alignHint':
		'每行之和为 1。一行表示解码器写出那位数字时看向哪里：这位数字的词（“three” → 3）、说明零在哪里的单位（“thousand”、万）、一个零。',
	's2s.noAlign':
		'注意力已关闭：每一步读的都是同一个向量，即编码器的最后一个状态 h{last}。关于这个数的一切都必须装进这 {h} 个数里：这就是瓶颈。',
	's2s.alignTable': '注意力权重的数值',
	's2s.stepCol': '步骤（输出）',
	's2s.stripTitle': '编码器写下了什么：每个词元一个隐藏状态',
	's2s.stripLabel': '编码器隐藏状态：每行是一个源词元，每列是一个单元',
	's2s.stripCell': '读完 “{src}” 后，单元 {unit} 为 {v}',
	's2s.stripHint':
		'每行是 GRU 读完该词元后的状态（{h} 个数，取值在 −1 … 1）。没有注意力时，解码器只看得到最后一行。',
	's2s.probsTitle': '第 {step} 步：解码器的概率',
	's2s.probsLabel': '第 {step} 步每个输出词元的概率',
	's2s.prob': '{token}：{p}',
	's2s.accTitle': '准确率与源长度：有注意力与无注意力',
	's2s.accIntro':
		'两个检查点的训练方式相同（{steps} 步，每步 {batch} 个样本，种子 {seed}），在 {n} 个留出的数（训练从未抽到的数）上测试，两种语言用同一批数。只有每一位数字都对才算对。',
	's2s.accLabel': '按源长度（词元数）统计的完全匹配准确率',
	's2s.length': '源长度（词元）',
	's2s.accuracy': '准确率（%）',
	's2s.withAttention': '有注意力',
	's2s.withoutAttention': '无注意力',
	's2s.accTable': '按源长度统计的准确率数值',
	's2s.accCell': '{correct} / {total}',
	's2s.overall': '总体：有注意力 {on}，无注意力 {off}。',
	's2s.bottleneckNote':
		'没有注意力时，最长的源吃亏最多：整个数都要挤过一个 {h} 维的状态，解码器无法回头去看它需要的那个词。不过，不超过 99,999 的数只含约 17 比特信息；在 Sutskever 等（2014）和 Bahdanau 等（2015）的实验中，源是 30–50 个词的句子，单个向量丢失的要多得多（Bahdanau 等，图 2）。',
	's2s.trainTitle': '从头训练',
	's2s.trainIntro':
		'与检查点相同的训练方法，从下面的种子开始，在后台 worker 中运行：Adam，每批 {batch} 个新样本，记录每步的损失，每 {every} 步测一次准确率。有注意力时，在一台快的笔记本上大约一分钟就能达到很高的准确率（机器繁忙时会更慢）。',
	's2s.trainModel': '正在训练注意力{state}的模型（{params} 个权重）。',
	's2s.on': '打开',
	's2s.off': '关闭',
	's2s.trainStatus': '第 {step} / {total} 步',
	's2s.lossLabel': '每步的训练损失',
	's2s.lossAxis': '交叉熵（每个词元的奈特数）',
	's2s.stepAxis': '步数',
	's2s.loss': '损失',
	's2s.trainAccLabel': '训练过程中的测试准确率',
	's2s.trainAccSeries': '本次训练',
	's2s.checkpointSeries': '检查点',
	's2s.trainTable': '训练曲线的数值',
	's2s.lossMean': '最近 {every} 步的平均损失',
	's2s.honest':
		'这是什么：一个有 {params} 个权重的 GRU 编码器–解码器（嵌入 {e} 维，隐藏状态 {h} 维），由我们自己的自动微分引擎在你的浏览器里、在一个合成任务上训练。方法来自 Sutskever、Vinyals 与 Le（2014，《Sequence to Sequence Learning with Neural Networks》：编码器 RNN、解码器 RNN、教师强制，这里用贪婪解码而不是束搜索），加上 Bahdanau、Cho 与 Bengio（2015，《Neural Machine Translation by Jointly Learning to Align and Translate》，§3.1）的加性注意力，以及 Cho 等（2014）的 GRU。他们的模型用 1,000 个单元的循环层、3 万到 16 万词的词表，在 GPU 上训练数天（Sutskever 等 §3.4–3.5，Bahdanau 等 §4.2）；这个模型只有 45 个源词元和 11 个输出词元。'
};

export const seq2seq = strings(en, zh);
export const t = translator(controls, seq2seq);
