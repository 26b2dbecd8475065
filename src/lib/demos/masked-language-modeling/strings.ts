/** Strings of the masked-language-modeling demo (question 7). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';
import { controls } from '$lib/components/controls/strings';

const en = {
	'mlm.intro':
		'BERT learns by filling blanks: it hides 15% of a sentence’s tokens and predicts each from the words on both sides (Devlin et al., 2019, §3.1). Here a trigram model trained on the guide stands in for BERT: it fills every blank from the two tokens on each side, and, beside that, from the left side only, as a left-to-right model must.',
	'mlm.loading': 'Loading the guide…',
	'mlm.training': 'Training the trigram model on the guide…',
	'mlm.sentence': 'Guide sentence',
	'mlm.sentenceValue': 'answer {q}, sentence {i}',
	'mlm.text': 'Sentence',
	'mlm.textHint': '{count} tokens · pick a guide sentence above or type your own',
	'mlm.backToGuide': 'Back to the guide’s sentence',
	'mlm.heldOut':
		'This sentence is filled by a model trained on the guide without answer {q} and the other answers of its fifth of the guide: it has never read this sentence.',
	'mlm.typed': 'Your sentence is filled by the model trained on the whole guide.',
	'mlm.rate': 'Mask rate',
	'mlm.empty':
		'The sentence is empty: type a few words, or go back to the guide’s sentence to see blanks filled.',
	'mlm.truncated': 'The text has {total} tokens; blanks are chosen among the first {max}.',
	'mlm.summary':
		'{n} tokens, {k} chosen ({rate}): {mask} masked, {random} replaced by a random token, {keep} kept as they are.',
	'mlm.sentenceLabel': 'The sentence as the model is fed it; each chosen token is a button',
	'mlm.chipMask': 'Blank {n}: “{truth}”, fed in as [MASK]',
	'mlm.chipRandom': 'Blank {n}: “{truth}”, fed in as the random token “{token}”',
	'mlm.chipKeep': 'Blank {n}: “{truth}”, fed in unchanged',
	'mlm.legendMask': '80% of the chosen tokens',
	'mlm.legendRandom': '10%: a random token of the guide’s vocabulary (the true one under it)',
	'mlm.legendKeep': '10%: kept as it is, and still predicted',
	'mlm.tableCaption': 'Every blank: the first guess from both sides and from the left only',
	'mlm.col.blank': 'Blank',
	'mlm.col.truth': 'True token',
	'mlm.col.input': 'Fed in',
	'mlm.col.both': 'Both sides: first guess',
	'mlm.col.left': 'Left only: first guess',
	'mlm.col.rank': 'rank of the true token',
	'mlm.unknown': 'not in the vocabulary',
	'mlm.tally':
		'First guess right: {both} of {k} blanks from both sides, {left} of {k} from the left only.',
	'mlm.detail': 'Blank {n}: “{truth}”',
	'mlm.both': 'Both sides',
	'mlm.left': 'Left only',
	'mlm.barsLabel': '{side}: the model’s {k} best candidates for blank {n}',
	'mlm.bar': '{token}: {p}',
	'mlm.truthAt': 'The true token: probability {p}, rank {rank}.',
	'mlm.truthUnknown':
		'“{truth}” never occurs in the text this model read: no n-gram model can guess it.',
	'mlm.barsTable': 'The candidates’ numbers',
	'mlm.col.candidate': 'Candidate',
	'mlm.col.p': 'Probability',
	'mlm.formulaFor':
		'Why “{w}” comes first from both sides: the probability of the whole sentence with “{w}” in the blank, up to a constant every candidate shares. The left context enters through the first factor, the right context through the others (a factor that would predict another blank is left out).',
	'mlm.ownInput':
		'Our model ignores what is fed in at the blank itself. BERT sees it: the 10% of kept tokens teach it to trust its input a little, the 10% of random ones not to trust it blindly.',
	'mlm.sweepTitle': 'Fill-in accuracy over the guide as the mask rate grows',
	'mlm.sweepLoading': 'Loading the accuracy sweep over the guide…',
	'mlm.sweepAbout':
		'All {n} sentences of the guide’s answers, each filled by a model that never read its answer (the answers are split five ways), seed {seed}. A blank counts when the first guess is the true token.',
	'mlm.sweepProgress': 'Computing in the background… {pct}',
	'mlm.sweepFailed': 'The sweep stopped with an error: {error}',
	'mlm.sweepLabel':
		'Share of the blanks whose first guess is right at each mask rate, from both sides and from the left only',
	'mlm.axisRate': 'mask rate (%)',
	'mlm.axisAccuracy': 'first guess right (%)',
	'mlm.sweepTable': 'The sweep’s numbers',
	'mlm.col.rate': 'Mask rate',
	'mlm.col.blanks': 'Blanks',
	'mlm.sweepNote':
		'More blanks leave less context for each, so both curves fall as the rate rises, while the sentence gives more predictions to learn from. BERT settled on 15%.',
	'mlm.small':
		'The guide is small ({tokens} tokens in this language), so a held-out word has often never been read after its neighbours: accuracy stays low, above all in English. BERT read 3.3 billion words (BooksCorpus and English Wikipedia; Devlin et al., 2019, §3.1).',
	'mlm.standIn':
		'What this is not: BERT is a deep Transformer that reads the whole sentence at once; the stand-in here is a trigram model that reads two tokens on each side. The point, that a blank is better predicted from both sides than from one, is the same, and computed here.',
	'mlm.source':
		'Source of the 15% and of the 80 / 10 / 10 split: Devlin et al., 2019, “BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding”, §3.1, Task #1.'
};

const zh: Record<keyof typeof en, string> = {
	'mlm.intro':
		'BERT 通过填空来学习：它遮住句子中 15% 的词元，再根据两侧的词预测每一个（Devlin 等，2019，§3.1）。这里用一个在本指南上训练的三元语法模型代替 BERT：它根据空位左右各两个词元来填每个空，旁边再只用左侧上下文来填，就像从左到右的模型只能做的那样。',
	'mlm.loading': '正在加载指南……',
	'mlm.training': '正在用指南训练三元语法模型……',
	'mlm.sentence': '指南中的句子',
	'mlm.sentenceValue': '第 {q} 个回答，第 {i} 句',
	'mlm.text': '句子',
	'mlm.textHint': '共 {count} 个词元 · 在上面选一句指南原文，或输入你自己的句子',
	'mlm.backToGuide': '回到指南中的句子',
	'mlm.heldOut':
		'填这个句子的模型训练时没有用第 {q} 个回答及与它同属五分之一的其他回答：它从未读过这个句子。',
	'mlm.typed': '你的句子由在整份指南上训练的模型来填。',
	'mlm.rate': '掩码比例',
	'mlm.empty': '句子是空的：输入几个词，或回到指南中的句子，看看空位怎么被填上。',
	'mlm.truncated': '这段文字有 {total} 个词元；空位只从前 {max} 个中选。',
	'mlm.summary':
		'{n} 个词元，选中 {k} 个（{rate}）：{mask} 个换成 [MASK]，{random} 个换成随机词元，{keep} 个保持不变。',
	'mlm.sentenceLabel': '输入模型的句子；每个被选中的词元是一个按钮',
	'mlm.chipMask': '第 {n} 个空：“{truth}”，输入为 [MASK]',
	'mlm.chipRandom': '第 {n} 个空：“{truth}”，输入为随机词元“{token}”',
	'mlm.chipKeep': '第 {n} 个空：“{truth}”，原样输入',
	'mlm.legendMask': '被选中词元的 80%',
	'mlm.legendRandom': '10%：换成指南词表中的一个随机词元（下方是真实词元）',
	'mlm.legendKeep': '10%：保持不变，但仍要预测',
	'mlm.tableCaption': '每个空：双向与只看左侧时的第一猜测',
	'mlm.col.blank': '空位',
	'mlm.col.truth': '真实词元',
	'mlm.col.input': '输入',
	'mlm.col.both': '双向：第一猜测',
	'mlm.col.left': '只看左侧：第一猜测',
	'mlm.col.rank': '真实词元的名次',
	'mlm.unknown': '不在词表中',
	'mlm.tally': '第一猜测正确：双向 {both} / {k} 个空，只看左侧 {left} / {k} 个。',
	'mlm.detail': '第 {n} 个空：“{truth}”',
	'mlm.both': '双向',
	'mlm.left': '只看左侧',
	'mlm.barsLabel': '{side}：模型对第 {n} 个空的前 {k} 个候选',
	'mlm.bar': '{token}：{p}',
	'mlm.truthAt': '真实词元：概率 {p}，第 {rank} 名。',
	'mlm.truthUnknown': '“{truth}”从未出现在这个模型读过的文本中：任何 n-gram 模型都猜不到它。',
	'mlm.barsTable': '候选的数值',
	'mlm.col.candidate': '候选',
	'mlm.col.p': '概率',
	'mlm.formulaFor':
		'为什么双向时“{w}”排第一：把“{w}”放进空位后整个句子的概率，只差一个所有候选共有的常数。左侧上下文通过第一个因子进入，右侧上下文通过其余因子进入（会去预测另一个空位的因子被略去）。',
	'mlm.ownInput':
		'我们的模型不看空位本身输入的是什么。BERT 看得到：10% 保持不变的词元教它适度相信输入，10% 的随机词元教它不要盲目相信。',
	'mlm.sweepTitle': '掩码比例增大时，在整份指南上的填空准确率',
	'mlm.sweepLoading': '正在加载整份指南上的准确率扫描……',
	'mlm.sweepAbout':
		'指南回答中的全部 {n} 个句子，每句都由一个从未读过该回答的模型来填（回答分成五份轮流留出），种子 {seed}。第一猜测就是真实词元时，这个空算对。',
	'mlm.sweepProgress': '正在后台计算……{pct}',
	'mlm.sweepFailed': '计算因错误而停止：{error}',
	'mlm.sweepLabel': '各掩码比例下第一猜测正确的空位比例，双向与只看左侧',
	'mlm.axisRate': '掩码比例（%）',
	'mlm.axisAccuracy': '第一猜测正确（%）',
	'mlm.sweepTable': '这组曲线的数值',
	'mlm.col.rate': '掩码比例',
	'mlm.col.blanks': '空位数',
	'mlm.sweepNote':
		'空位越多，每个空位可用的上下文越少，所以比例升高时两条曲线都下降；而每个句子能提供的预测目标却更多。BERT 选择了 15%。',
	'mlm.small':
		'指南很小（这种语言共 {tokens} 个词元），留出的词常常从未在同样的邻居之后出现过：准确率因此偏低，英文尤其如此。BERT 读了 33 亿个词（BooksCorpus 与英文维基百科；Devlin 等，2019，§3.1）。',
	'mlm.standIn':
		'这不是什么：BERT 是一个一次读入整句的深层 Transformer；这里的替身是只看左右各两个词元的三元语法模型。但道理相同：从两侧预测空位比只从一侧更准，而这一点是在这里实际算出来的。',
	'mlm.source':
		'15% 以及 80 / 10 / 10 划分的出处：Devlin 等，2019，“BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding”，§3.1，任务 #1。'
};

export const mlmStrings = strings(en, zh);
export const t = translator(controls, mlmStrings);
