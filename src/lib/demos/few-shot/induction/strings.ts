/** Strings of the induction-head section of the few-shot demo (loaded with the section). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';

const en = {
	'ih.title': '6. The mechanism: an induction head',
	'ih.toy':
		'The toy: sequences of {context} tokens from a vocabulary of {vocab} meaningless tokens (shown as numbers). Each sequence is a random prefix, then the same tokens again; the prefix’s length is drawn anew for every sequence (4 to {half} tokens), so the repeat sits at no fixed distance and can only be found by its content. The model is a Transformer of {layers} layers of causal self-attention only ({heads} heads each, width {width}; no MLP): token and position embeddings summed into the residual stream, each layer’s heads adding to it, and an unembedding to the next token’s logits. It trains here, in a worker, on fresh sequences every step.',
	'ih.olsson':
		'Olsson et al. (2022, “In-context Learning and Induction Heads”, Anthropic, arXiv:2209.11895) found, in models from such two-layer toys up to large ones, attention heads that do one thing: at a token, look back for an earlier occurrence of the same token and attend to the token that came right after it, then copy it as the prediction (… A B … A → B). Such a head needs a head in an earlier layer that writes “the previous token was A” into each position. These induction heads form abruptly during training, at the same moment as a drop in the loss on later tokens of a context, and the authors argue they are a large part of the mechanism behind in-context learning: using what the prompt showed earlier to predict what comes next.',
	'ih.honest':
		'This is a toy reproduction, not the paper’s models: {layers} small layers, random tokens, and a task (copying a repeat) that only an induction-like mechanism can solve. It shows the mechanism forming, not in-context learning in an LLM. Every number below is computed in your browser from this run.',
	'ih.runLabel': 'Training the induction-head toy',
	'ih.stepStatus': 'Step {step} of {total}',
	'ih.randomLoss': 'loss on the random part',
	'ih.repeatLoss': 'loss on the repeat',
	'ih.lossValue': '{loss} nats/token',
	'ih.lossTitle': 'The loss, split where the tokens can be copied',
	'ih.lossAbout':
		'Each point is the mean over {block} steps. On the random part (the prefix) no model can beat a uniform guess over {vocab} tokens, ln {vocab} = {uniform} nats. On the repeat, every token can be copied from the prefix: after a plateau its loss drops suddenly, the phase change at which the induction head forms. The random part’s loss then rises a little above ln {vocab}: the model copies wherever the current token occurred before, and in the prefix such a match is chance.',
	'ih.lossChart': 'Loss on the random part and on the repeat against training steps',
	'ih.uniform': 'uniform guess, ln {vocab}',
	'ih.stepAxis': 'training step',
	'ih.lossAxis': 'loss (nats/token)',
	'ih.scoreTitle': 'The heads’ scores',
	'ih.scoreAbout':
		'Induction score: a head’s mean attention, over the training batch, on the token after the previous occurrence of the current token (1 would be all of it). Previous-token score: a first-layer head’s mean attention on the token just before. The first-layer head that learns to look back one token is what lets a second-layer head find “the token after the earlier A”.',
	'ih.scoreChart':
		'Induction scores of the last layer’s heads and previous-token scores of the first layer’s heads against training steps',
	'ih.inductionSeries': 'induction score, layer {layer} head {head}',
	'ih.previousSeries': 'previous-token score, layer 1 head {head}',
	'ih.scoreAxis': 'mean attention',
	'ih.patternTitle': 'Where layer {layer} looks, on a sample sequence',
	'ih.patternAbout':
		'A sample of {length} random tokens said twice, read by the weights of step {step}. Row: the position reading; column: the position it attends to (brighter is more). The dashed line is the induction diagonal: from each token of the repeat to the token after its first occurrence.',
	'ih.patternLabel': 'Attention of layer {layer}, head {head} on the sample sequence',
	'ih.headCaption': 'Layer {layer}, head {head}: induction score on this sample {score}',
	'ih.keyAxis': 'attended position',
	'ih.queryAxis': 'reading position',
	'ih.copyTitle': 'The copying it enables',
	'ih.copyCount':
		'On the repeat the model’s top guess is the right next token {repeat} times of {repeatOf}; on the prefix, where nothing can be copied, {prefix} of {prefixOf} (chance is 1 in {vocab}).',
	'ih.copyCaption':
		'The repeat of the sample (prefix of {length} tokens): each token read, the token that follows, and the model’s top guess',
	'ih.copyRead': 'token read',
	'ih.copyNext': 'next token',
	'ih.copyGuess': 'top guess',
	'ih.copyProbability': 'probability {p} %',
	'ih.pressPlay':
		'Press Play or Step: the attention pattern and the guesses appear with the first step.'
};

const zh: Record<keyof typeof en, string> = {
	'ih.title': '6. 机制：归纳头',
	'ih.toy':
		'玩具模型：每个序列有 {context} 个词元，取自一个含 {vocab} 个无意义词元的词表（以数字显示）。每个序列是一段随机前缀，随后把同样的词元再说一遍；前缀长度对每个序列重新抽取（4 到 {half} 个词元），因此重复部分不在固定距离处，只能靠内容找到。模型是只有 {layers} 层因果自注意力的 Transformer（每层 {heads} 个头，宽度 {width}；没有 MLP）：词元嵌入与位置嵌入相加进入残差流，每层的各个头往残差流里加上自己的输出，最后经反嵌入得到下一个词元的 logits。它就在这里、在一个 worker 中训练，每一步都用新的序列。',
	'ih.olsson':
		'Olsson 等人（2022，“In-context Learning and Induction Heads”，Anthropic，arXiv:2209.11895）在从这种两层玩具模型到规模大得多的各种模型中，都发现了只做一件事的注意力头：在某个词元处，回头寻找同一词元较早的出现，关注紧跟其后的那个词元，再把它复制为预测（… A B … A → B）。这样的头需要更早一层中的某个头把“前一个词元是 A”写进每个位置。这些归纳头在训练中突然形成，恰与上下文后部词元的损失骤降同时发生；作者认为它们是上下文学习背后机制的一大部分：用提示中前面出现过的内容预测接下来的内容。',
	'ih.honest':
		'这是一个玩具复现，不是论文中的模型：{layers} 个小层、随机词元，以及一个只有类似归纳的机制才能解决的任务（复制重复部分）。它展示的是机制的形成，而不是 LLM 中的上下文学习。下面每个数字都是你的浏览器根据这次训练计算出来的。',
	'ih.runLabel': '训练归纳头玩具模型',
	'ih.stepStatus': '第 {step} 步，共 {total} 步',
	'ih.randomLoss': '随机部分的损失',
	'ih.repeatLoss': '重复部分的损失',
	'ih.lossValue': '{loss} 奈特/词元',
	'ih.lossTitle': '损失，按词元能否被复制拆开',
	'ih.lossAbout':
		'每个点是 {block} 步的平均。在随机部分（前缀）上，任何模型都无法胜过对 {vocab} 个词元的均匀猜测，即 ln {vocab} = {uniform} 奈特。在重复部分上，每个词元都能从前缀中复制：经过一段平台期后，其损失突然下降，这就是归纳头形成时的相变。随后随机部分的损失会略高于 ln {vocab}：模型在当前词元之前出现过的地方都会去复制，而在前缀中这种匹配只是偶然。',
	'ih.lossChart': '随机部分与重复部分的损失随训练步数的变化',
	'ih.uniform': '均匀猜测，ln {vocab}',
	'ih.stepAxis': '训练步数',
	'ih.lossAxis': '损失（奈特/词元）',
	'ih.scoreTitle': '各个头的分数',
	'ih.scoreAbout':
		'归纳分数：一个头在训练批次上对“当前词元上一次出现之后的那个词元”的平均注意力（1 表示全部注意力都在那里）。前一词元分数：第一层某个头对紧挨在前的词元的平均注意力。第一层中学会回看一个词元的头，正是第二层的头能找到“较早那个 A 之后的词元”的前提。',
	'ih.scoreChart': '最后一层各头的归纳分数与第一层各头的前一词元分数随训练步数的变化',
	'ih.inductionSeries': '归纳分数，第 {layer} 层第 {head} 个头',
	'ih.previousSeries': '前一词元分数，第 1 层第 {head} 个头',
	'ih.scoreAxis': '平均注意力',
	'ih.patternTitle': '第 {layer} 层在一个样例序列上看向哪里',
	'ih.patternAbout':
		'一个样例：{length} 个随机词元说两遍，用第 {step} 步的权重读取。行：正在读取的位置；列：它关注的位置（越亮越多）。虚线是归纳对角线：从重复部分的每个词元指向其第一次出现之后的那个词元。',
	'ih.patternLabel': '第 {layer} 层第 {head} 个头在样例序列上的注意力',
	'ih.headCaption': '第 {layer} 层第 {head} 个头：在这个样例上的归纳分数 {score}',
	'ih.keyAxis': '被关注的位置',
	'ih.queryAxis': '读取的位置',
	'ih.copyTitle': '它带来的复制能力',
	'ih.copyCount':
		'在重复部分，模型的首选猜测在 {repeatOf} 次中有 {repeat} 次是正确的下一个词元；在无可复制的前缀上，{prefixOf} 次中有 {prefix} 次（随机猜中的机会是 1/{vocab}）。',
	'ih.copyCaption':
		'样例的重复部分（前缀 {length} 个词元）：读到的词元、紧随其后的词元，以及模型的首选猜测',
	'ih.copyRead': '读到的词元',
	'ih.copyNext': '下一个词元',
	'ih.copyGuess': '首选猜测',
	'ih.copyProbability': '概率 {p} %',
	'ih.pressPlay': '按“播放”或“前进”：注意力图和猜测会在第一步后出现。'
};

export const induction = strings(en, zh);
export const t = translator(induction);
