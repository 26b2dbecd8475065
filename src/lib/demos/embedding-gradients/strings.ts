/** Strings of the embedding-gradients demo (question 26). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';
import { controls } from '$lib/components/controls/strings';

const en = {
	'embgrad.intro':
		'A language model small enough to see. Each of {v} words has a 2-D vector, a row of the embedding matrix E. To guess the next word, the model averages the vectors of the words before it (h), a linear layer turns h into one score per word, softmax into probabilities, and the loss is cross-entropy: −log p(the actual next word).',
	'embgrad.honest':
		'Real LLMs have tens of thousands of tokens, hundreds or thousands of dimensions and many layers between the embedding and the output; the chain rule that sends the gradient back to E is the same.',
	'embgrad.sentences': 'Training sentences (in the guide’s words)',
	'embgrad.window': 'Context: words before the next one',
	'embgrad.lr': 'Learning rate',
	'embgrad.example': 'Next example',
	'embgrad.exampleText': '“{context}” → predict “{target}”',
	'embgrad.loss': 'Loss −log p(“{target}”)',
	'embgrad.pTarget': 'p(“{target}”)',
	'embgrad.stepCount': 'Steps taken',
	'embgrad.planeLabel': 'The {v} word vectors on a plane, with −∂L/∂E arrows on the context words',
	'embgrad.planeAbout':
		'Each dot is a word’s row of E. Filled dots are the context of the next example; their arrows point along −∂L/∂E, the way one gradient step moves them. Every other word has a zero gradient row and no arrow. The cross marks h, the mean of the context vectors; the ringed word is the one to predict.',
	'embgrad.arrowScale':
		'Arrows are drawn {scale}× the step one SGD step takes (learning rate × gradient), so they can be seen.',
	'embgrad.matrixTitle': '∂L/∂E as a matrix: one row per word',
	'embgrad.matrixCaption': '∂L/∂E for the next example, rows of words outside its context are 0',
	'embgrad.col.word': 'Word',
	'embgrad.col.g1': '∂L/∂E (dim 1)',
	'embgrad.col.g2': '∂L/∂E (dim 2)',
	'embgrad.sparse':
		'{rows} of {v} rows are non-zero: only the context words were looked up, so only their rows of E enter the loss. Frameworks store such a gradient as a sparse update of those rows.',
	'embgrad.chain':
		'By the chain rule: ∂L/∂logits = p − y, ∂L/∂h = W·(p − y), and each context word’s row gets ∂L/∂h ÷ {k} (it is one of {k} terms of the mean). Written out by hand this gives the same matrix as backward(): largest difference {diff}.',
	'embgrad.training': 'Gradient steps',
	'embgrad.step': 'One gradient step',
	'embgrad.play': '▶ Train',
	'embgrad.pause': 'Pause',
	'embgrad.reset': 'Reset',
	'embgrad.speed': 'Speed',
	'embgrad.slow': 'Slow',
	'embgrad.fast': 'Fast',
	'embgrad.trainAbout':
		'Each step takes one example (in a seeded order) and moves E, W and b by −learning rate × gradient. The training runs in a background worker; the same seed replays the same run.',
	'embgrad.status.starting': 'Starting…',
	'embgrad.status.paused': 'Paused',
	'embgrad.status.playing': 'Training',
	'embgrad.status.finished': 'Finished: {steps} steps',
	'embgrad.status.failed': 'Training stopped: {error}',
	'embgrad.lossLabel': 'Mean loss over all examples after each step',
	'embgrad.lossAbout':
		'The mean cross-entropy over every example of the sentences; it falls as the vectors and the layer learn.',
	'embgrad.stepAxis': 'step',
	'embgrad.lossAxis': 'mean loss',
	'embgrad.lossTable': 'Mean loss every 100 steps',
	'embgrad.lossCaption': 'Mean loss by step',
	'embgrad.col.step': 'Step',
	'embgrad.col.loss': 'Mean loss',
	'embgrad.drift': 'Words used alike',
	'embgrad.pairDistance': '“{a}” ↔ “{b}”',
	'embgrad.averageDistance': 'average distance between two words',
	'embgrad.driftAbout':
		'“model” and “network” are followed by the same words, and so are “token” and “word”: their gradients push them the same way, so their vectors drift together as training goes on.',
	'embgrad.planeTable': 'Coordinates and gradient of each word',
	'embgrad.col.x': 'E (dim 1)',
	'embgrad.col.y': 'E (dim 2)'
};

const zh: Record<keyof typeof en, string> = {
	'embgrad.intro':
		'一个小到可以看清的语言模型。{v} 个词各有一个二维向量，即嵌入矩阵 E 的一行。为了猜下一个词，模型把它前面几个词的向量取平均（h），一个线性层把 h 变成每个词一个分数，softmax 变成概率，损失是交叉熵：−log p(实际的下一个词)。',
	'embgrad.honest':
		'真实的 LLM 有数万个词元、数百到数千个维度，嵌入和输出之间还有许多层；把梯度送回 E 的链式法则是一样的。',
	'embgrad.sentences': '训练句子（用本指南中的词写成）',
	'embgrad.window': '上下文：下一个词之前的词数',
	'embgrad.lr': '学习率',
	'embgrad.example': '下一个样本',
	'embgrad.exampleText': '“{context}” → 预测“{target}”',
	'embgrad.loss': '损失 −log p(“{target}”)',
	'embgrad.pTarget': 'p(“{target}”)',
	'embgrad.stepCount': '已走步数',
	'embgrad.planeLabel': '平面上的 {v} 个词向量，上下文词带有 −∂L/∂E 箭头',
	'embgrad.planeAbout':
		'每个点是一个词在 E 中的那一行。实心点是下一个样本的上下文；它们的箭头指向 −∂L/∂E，即一步梯度下降移动它们的方向。其他词的梯度行为零，没有箭头。叉号标出 h，即上下文向量的平均；带圈的词是要预测的词。',
	'embgrad.arrowScale': '箭头画成一步 SGD 实际移动量（学习率 × 梯度）的 {scale} 倍，以便看清。',
	'embgrad.matrixTitle': '矩阵形式的 ∂L/∂E：每个词一行',
	'embgrad.matrixCaption': '下一个样本的 ∂L/∂E，不在其上下文中的词，对应行为 0',
	'embgrad.col.word': '词',
	'embgrad.col.g1': '∂L/∂E（第 1 维）',
	'embgrad.col.g2': '∂L/∂E（第 2 维）',
	'embgrad.sparse':
		'{v} 行中有 {rows} 行非零：只有上下文词被查了表，所以只有它们在 E 中的行进入损失。深度学习框架把这样的梯度存成只更新这几行的稀疏更新。',
	'embgrad.chain':
		'按链式法则：∂L/∂logits = p − y，∂L/∂h = W·(p − y)，每个上下文词的那一行得到 ∂L/∂h ÷ {k}（它是平均中 {k} 项之一）。手算得到的矩阵与 backward() 的结果相同：最大差异 {diff}。',
	'embgrad.training': '梯度步',
	'embgrad.step': '走一步梯度下降',
	'embgrad.play': '▶ 训练',
	'embgrad.pause': '暂停',
	'embgrad.reset': '重置',
	'embgrad.speed': '速度',
	'embgrad.slow': '慢',
	'embgrad.fast': '快',
	'embgrad.trainAbout':
		'每一步取一个样本（按随机种子确定的顺序），把 E、W 和 b 各移动 −学习率 × 梯度。训练在后台 worker 中运行；同一个种子重放同样的训练过程。',
	'embgrad.status.starting': '正在启动……',
	'embgrad.status.paused': '已暂停',
	'embgrad.status.playing': '训练中',
	'embgrad.status.finished': '已完成：{steps} 步',
	'embgrad.status.failed': '训练中止：{error}',
	'embgrad.lossLabel': '每一步之后所有样本的平均损失',
	'embgrad.lossAbout': '这些句子中所有样本的平均交叉熵；随着向量和线性层的学习而下降。',
	'embgrad.stepAxis': '步数',
	'embgrad.lossAxis': '平均损失',
	'embgrad.lossTable': '每 100 步的平均损失',
	'embgrad.lossCaption': '各步的平均损失',
	'embgrad.col.step': '步数',
	'embgrad.col.loss': '平均损失',
	'embgrad.drift': '用法相近的词',
	'embgrad.pairDistance': '“{a}” ↔ “{b}”',
	'embgrad.averageDistance': '任意两个词之间的平均距离',
	'embgrad.driftAbout':
		'每一对中的两个词后面跟着同样的词：它们的梯度把它们往同一方向推，所以随着训练进行，它们的向量会靠到一起。',
	'embgrad.planeTable': '每个词的坐标和梯度',
	'embgrad.col.x': 'E（第 1 维）',
	'embgrad.col.y': 'E（第 2 维）'
};

export const embgrad = strings(en, zh);
export const t = translator(controls, embgrad);
