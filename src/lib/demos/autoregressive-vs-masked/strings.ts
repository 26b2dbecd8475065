/** Strings of the autoregressive-vs-masked demo (question 9). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';

const en = {
	'arm.example': 'language models predict the next token in a sequence of text',
	'arm.exampleZh': '模型根据上下文预测下一个词',
	'arm.exampleLong': 'The cat sat on the mat because it was tired, and then it fell asleep.',
	'arm.empty': 'The sentence is empty: type a few words to see what each model sees and predicts.',
	'arm.truncated':
		'The text has {total} tokens; this view uses the first {max}, so that both matrices stay readable.',
	'arm.position': 'Position',
	'arm.rule': 'BERT’s 80-10-10 rule',
	'arm.redraw': 'Choose other positions',
	'arm.summary': 'From these {n} tokens, GPT learns from {gpt} predictions and BERT from {bert}.',
	'arm.gptTitle': 'Autoregressive (GPT)',
	'arm.gptAbout':
		'A causal mask: each position sees only itself and the tokens before it, and predicts the next token. Every position is a training target.',
	'arm.bertTitle': 'Masked (BERT)',
	'arm.bertAbout':
		'Bidirectional: every position sees the whole sentence. About 15% of the positions (chosen with seed {seed}) are hidden and predicted. Click a token to choose your own.',
	'arm.bertAboutCustom':
		'Bidirectional: every position sees the whole sentence. The positions you chose are hidden and predicted; click a token to add or remove it.',
	'arm.tokensLabel': 'Input tokens of {model}, and what each position is trained to predict',
	'arm.toggle': 'Predict “{token}” at position {i}',
	'arm.legendMask': 'replaces 80% of the chosen tokens',
	'arm.legendWord': 'word',
	'arm.legendRandom':
		'10%: a random token (drawn here from the sentence; BERT draws from its whole vocabulary)',
	'arm.legendKeep': '10%: left as it is, but still predicted',
	'arm.visibilityLabel':
		'Which tokens each position can see in {model}: rows are positions, columns the tokens they attend to',
	'arm.sees': '{query} ({i}) sees {key} ({j})',
	'arm.hidden': '{query} ({i}) cannot see {key} ({j}): it comes later',
	'arm.seesMask': '{query} ({i}) sees [MASK] at {j}, not the word behind it',
	'arm.matrixKey':
		'Rows: the position that looks; columns: what it can see. Hatched: hidden (in the future). Darker: a [MASK], seen as a position without its word.',
	'arm.gptSees': 'Position {i}, {token}, sees tokens 0 to {i} ({count} in all)',
	'arm.predicts': 'and is trained to predict {target}.',
	'arm.gptLast': 'and has no next token to predict in this sentence.',
	'arm.bertSees': 'Position {i}, {token}, sees all {n} tokens ({masked} of them hidden)',
	'arm.bertNoLoss': 'but is not trained here: only the chosen positions count.',
	'arm.takeaway':
		'GPT learns from every position but only from the left, which is exactly what generating text one token at a time needs. BERT sees both sides, which suits understanding tasks such as classification, but it learns from only the hidden 15% or so, and the [MASK] token it trains with never appears in real text: hence the 10% random and 10% unchanged tokens.'
};

const zh: Record<keyof typeof en, string> = {
	'arm.example': 'language models predict the next token in a sequence of text',
	'arm.exampleZh': '模型根据上下文预测下一个词',
	'arm.exampleLong': 'The cat sat on the mat because it was tired, and then it fell asleep.',
	'arm.empty': '句子是空的：输入几个词，看看两种模型各自看得到什么、要预测什么。',
	'arm.truncated': '这段文字有 {total} 个词元；为了让两个矩阵都看得清，这里只用前 {max} 个。',
	'arm.position': '位置',
	'arm.rule': 'BERT 的 80-10-10 规则',
	'arm.redraw': '换一批位置',
	'arm.summary': '从这 {n} 个词元中，GPT 得到 {gpt} 个预测目标，BERT 只得到 {bert} 个。',
	'arm.gptTitle': '自回归（GPT）',
	'arm.gptAbout':
		'因果掩码：每个位置只能看到自己和它前面的词元，并预测下一个词元。每个位置都是训练目标。',
	'arm.bertTitle': '掩码（BERT）',
	'arm.bertAbout':
		'双向：每个位置都能看到整个句子。约 15% 的位置（用种子 {seed} 选出）被遮住并要求预测。点击一个词元可以自己选。',
	'arm.bertAboutCustom':
		'双向：每个位置都能看到整个句子。你选的位置被遮住并要求预测；点击词元可以增减。',
	'arm.tokensLabel': '{model} 的输入词元，以及每个位置的训练目标',
	'arm.toggle': '在位置 {i} 预测“{token}”',
	'arm.legendMask': '替换 80% 被选中的词元',
	'arm.legendWord': '词',
	'arm.legendRandom': '10%：换成一个随机词元（这里从句子里抽取；BERT 从整个词表中抽取）',
	'arm.legendKeep': '10%：保持不变，但仍要预测',
	'arm.visibilityLabel': '{model} 中每个位置能看到哪些词元：行是位置，列是它关注的词元',
	'arm.sees': '{query}（{i}）能看到 {key}（{j}）',
	'arm.hidden': '{query}（{i}）看不到 {key}（{j}）：它在后面',
	'arm.seesMask': '{query}（{i}）能看到位置 {j} 上的 [MASK]，但看不到它背后的词',
	'arm.matrixKey':
		'行：正在“看”的位置；列：它能看到的词元。斜线：看不到（在后面）。颜色较深：[MASK]，能看到这个位置，但看不到原来的词。',
	'arm.gptSees': '位置 {i}（{token}）能看到第 0 到第 {i} 个词元（共 {count} 个），',
	'arm.predicts': '训练目标是预测{target}。',
	'arm.gptLast': '在这个句子里它后面没有词元可预测。',
	'arm.bertSees': '位置 {i}（{token}）能看到全部 {n} 个词元（其中 {masked} 个被遮住），',
	'arm.bertNoLoss': '但这里不参与训练：只有被选中的位置才计入损失。',
	'arm.takeaway':
		'GPT 从每个位置学习，但只看左边，这正是逐个词元生成文本所需要的。BERT 两边都看，适合分类等理解任务，但只从被遮住的约 15% 中学习；而且它训练时用的 [MASK] 在真实文本中从不出现，所以才有 10% 随机替换、10% 保持不变。'
};

export const masking = strings(en, zh);
export const t = translator(masking);
