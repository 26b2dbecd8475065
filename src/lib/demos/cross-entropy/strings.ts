/** Strings of the cross-entropy demo (question 25). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';
import { sampling } from '$lib/components/next-token/strings';

const en = {
	'ce.intro':
		'A language model reads “{context} …” and gives a logit to each candidate next token; softmax turns the logits into probabilities p. The target y says which token really came next. Drag the bars (or focus one and press ↑ ↓) to change the logits, and watch the loss and its gradient.',
	'ce.context': 'The model reads the prompt and predicts the next',
	'ce.token.0': 'token',
	'ce.token.1': 'word',
	'ce.token.2': 'sentence',
	'ce.token.3': 'answer',
	'ce.token.4': 'layer',
	'ce.token.5': 'vector',
	'ce.token.6': 'text',
	'ce.token.7': 'step',
	'ce.target': 'Correct next token',
	'ce.smoothing': 'Label smoothing ε',
	'ce.smoothingNote':
		'With ε > 0 the target is soft: the correct token gets 1 − ε + ε/V and every token ε/V, so the loss no longer reaches 0 and every term counts.',
	'ce.unit': 'Unit',
	'ce.unit.nats': 'nats (ln)',
	'ce.unit.bits': 'bits (log₂)',
	'ce.unitName.nats': 'nats',
	'ce.unitName.bits': 'bits',
	'ce.rate': 'Learning rate η',
	'ce.addToken': '+ Add a token',
	'ce.removeToken': 'Remove the last token',
	'ce.padded':
		'The link had {n} logit(s); a cross-entropy needs at least {min}, so zeros were added.',
	'ce.targetClamped':
		'The link names token {asked} as the target, but there are only {n} tokens: the last one is used.',
	'ce.barsLabel': 'Predicted probabilities p, with the target y as dashed outlines',
	'ce.bar': '{token}: p = {p}, logit {z}, target y = {y}',
	'ce.barsLegend': 'Bars: predicted p = softmax(logits). Dashed outline: target y.',
	'ce.lossTitle': 'The loss, term by term',
	'ce.lossCaption': 'Terms of L = −Σ y log p in {unit}',
	'ce.col.token': 'Token',
	'ce.col.term': '−y log p',
	'ce.col.share': 'Share of L',
	'ce.total': 'Loss L',
	'ce.oneHotNote':
		'With a one-hot target every y is 0 except the correct token’s, so the sum keeps one term: L = −log p(correct). The loss only asks how much probability the right token got.',
	'ce.gradTitle': 'Gradient with respect to the logits',
	'ce.gradLabel': 'Gradient ∂L/∂z per token: bars from p − y, dots from the autodiff engine',
	'ce.gradAbout':
		'A positive bar means the loss grows with that logit, so a step lowers it; the correct token’s bar is negative, so a step raises it. The gradients add up to 0.',
	'ce.gradLegend': 'Bars: closed form p − y. Dots: backward() of the autodiff engine.',
	'ce.gradMatch': 'Largest difference between the two: {d}',
	'ce.gradTable': 'The gradient’s numbers',
	'ce.col.closed': 'p − y',
	'ce.col.engine': 'Autodiff',
	'ce.step': 'Take a gradient step',
	'ce.stepFormula': 'z ← z − η (p − y)',
	'ce.stepped': 'The step moved the loss from {before} to {after} {unit}.',
	'ce.steppedUp':
		'The step moved the loss from {before} to {after} {unit}: it went up, because η is large for how curved the loss is here. Try a smaller η.',
	'ce.stuck':
		'The loss is at its lowest for this target (or the logits are at ±10): a step changes nothing.',
	'ce.curveTitle': 'The loss against the probability of the correct token',
	'ce.curveLabel': 'Curve −log p(correct), with the current point',
	'ce.curveAbout':
		'Near p = 1 the loss is almost 0; as p falls toward 0 it climbs without bound, so a confident wrong prediction costs the most.',
	'ce.curveX': 'p(correct)',
	'ce.curveY': '−log p ({unit})',
	'ce.curveNow': 'Here: p(correct) = {p}, −log p = {loss} {unit}.',
	'ce.curveSmoothed':
		'With label smoothing the loss has other terms too; the curve shows the correct token’s −log p alone.',
	'ce.curveTable': 'Points on the curve',
	'ce.pplShort': 'Perplexity e^L',
	'ce.perplexity':
		'Perplexity = e^L (nats) = 2^L (bits) = {ppl}: the model is as unsure as if it chose evenly among {ppl} tokens.',
	'ce.perplexityLink': 'Perplexity of whole models: question 47',
	'ce.honest':
		'A single prediction with hand-set logits: in training, the loss is this sum averaged over every next token of the data, and the gradient flows on from the logits into the network’s weights.'
};

const zh: Record<keyof typeof en, string> = {
	'ce.intro':
		'语言模型读到“{context}……”，给每个候选的下一个词元一个 logit；softmax 把 logit 变成概率 p。目标 y 表示真正出现的下一个词元。拖动条形（或聚焦后按 ↑ ↓）改变 logit，观察损失和它的梯度。',
	'ce.context': '模型读取提示词，预测下一个',
	'ce.token.0': '词元',
	'ce.token.1': '词',
	'ce.token.2': '句子',
	'ce.token.3': '答案',
	'ce.token.4': '层',
	'ce.token.5': '向量',
	'ce.token.6': '文本',
	'ce.token.7': '步骤',
	'ce.target': '正确的下一个词元',
	'ce.smoothing': '标签平滑 ε',
	'ce.smoothingNote':
		'ε > 0 时目标是软的：正确词元得到 1 − ε + ε/V，每个词元都得到 ε/V，于是损失不再能降到 0，每一项都会计入。',
	'ce.unit': '单位',
	'ce.unit.nats': '奈特（ln）',
	'ce.unit.bits': '比特（log₂）',
	'ce.unitName.nats': '奈特',
	'ce.unitName.bits': '比特',
	'ce.rate': '学习率 η',
	'ce.addToken': '+ 添加一个词元',
	'ce.removeToken': '删除最后一个词元',
	'ce.padded': '链接里有 {n} 个 logit；交叉熵至少需要 {min} 个，已用 0 补齐。',
	'ce.targetClamped': '链接把第 {asked} 个词元设为目标，但只有 {n} 个词元：改用最后一个。',
	'ce.barsLabel': '预测概率 p，虚线框为目标 y',
	'ce.bar': '{token}：p = {p}，logit {z}，目标 y = {y}',
	'ce.barsLegend': '条形：预测的 p = softmax(logit)。虚线框：目标 y。',
	'ce.lossTitle': '逐项看损失',
	'ce.lossCaption': 'L = −Σ y log p 的各项（{unit}）',
	'ce.col.token': '词元',
	'ce.col.term': '−y log p',
	'ce.col.share': '占 L 的比例',
	'ce.total': '损失 L',
	'ce.oneHotNote':
		'目标是独热向量时，除了正确词元，其余的 y 都是 0，求和只剩一项：L = −log p(正确)。损失只关心正确词元分到了多少概率。',
	'ce.gradTitle': '对 logit 的梯度',
	'ce.gradLabel': '每个词元的梯度 ∂L/∂z：条形来自 p − y，圆点来自自动微分引擎',
	'ce.gradAbout':
		'条形为正，说明损失随这个 logit 增大而增大，一步更新会把它调低；正确词元的条形为负，一步更新会把它调高。各梯度之和为 0。',
	'ce.gradLegend': '条形：闭式解 p − y。圆点：自动微分引擎的 backward()。',
	'ce.gradMatch': '两者的最大差异：{d}',
	'ce.gradTable': '梯度的数值',
	'ce.col.closed': 'p − y',
	'ce.col.engine': '自动微分',
	'ce.step': '走一步梯度下降',
	'ce.stepFormula': 'z ← z − η (p − y)',
	'ce.stepped': '这一步把损失从 {before} 降到 {after} {unit}。',
	'ce.steppedUp':
		'这一步把损失从 {before} 变成 {after} {unit}：反而升高了，因为相对于这里损失的弯曲程度，η 太大。试试更小的 η。',
	'ce.stuck': '对这个目标，损失已经最低（或 logit 已到 ±10）：再走一步也没有变化。',
	'ce.curveTitle': '损失与正确词元概率的关系',
	'ce.curveLabel': '曲线 −log p(正确)，标出当前的点',
	'ce.curveAbout':
		'p 接近 1 时损失几乎为 0；p 趋向 0 时损失无限增大，所以自信而错误的预测代价最高。',
	'ce.curveX': 'p(正确)',
	'ce.curveY': '−log p（{unit}）',
	'ce.curveNow': '当前：p(正确) = {p}，−log p = {loss} {unit}。',
	'ce.curveSmoothed': '使用标签平滑时，损失还有其他项；曲线只画正确词元的 −log p。',
	'ce.curveTable': '曲线上的点',
	'ce.pplShort': '困惑度 e^L',
	'ce.perplexity':
		'困惑度 = e^L（奈特）= 2^L（比特）= {ppl}：模型的不确定程度，相当于在 {ppl} 个词元中均匀地挑选。',
	'ce.perplexityLink': '整个模型的困惑度：问题 47',
	'ce.honest':
		'这里只是一个预测，logit 由手工设定：训练时，损失是数据中每个下一个词元的这种求和的平均，梯度还会从 logit 继续传到网络的权重。'
};

export const crossEntropyStrings = strings(en, zh);
export const t = translator(sampling, crossEntropyStrings);
