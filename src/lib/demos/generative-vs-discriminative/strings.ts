/** Strings of the generative-vs-discriminative demo (questions 19 and 39). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';

const en = {
	'gd.intro':
		'Two ways to learn the same classifier. A generative model fits how each class produces its data, p(x | y) and p(y), and classifies by Bayes’ rule, p(y | x) ∝ p(x | y) p(y); because it models the data, it can also generate new points. A discriminative model fits p(y | x) directly, here logistic regression, p(y = 1 | x) = σ(w·x + b), and says nothing about how x arises. Both below end up drawing a straight boundary; they differ in how they get there.',
	'gd.introText':
		'The same two kinds of model on text. Multinomial naive Bayes is generative: it learns how each topic writes, p(word | topic), treating the words of a sentence as independent draws, and classifies by Bayes’ rule. Logistic regression is discriminative: it learns one weight per word that pushes a sentence towards one topic or the other, p(topic | words) = σ(Σ weights + b). Both are trained here, in your browser, on sentences of the guide’s own answers.',
	'gd.loading': 'Loading the demo…',
	'gd.dataset': 'Data',
	'gd.data.gaussian': 'Gaussian classes',
	'gd.data.correlated': 'Correlated features',
	'gd.data.outliers': 'A far cluster',
	'gd.about.gaussian':
		'Each class is a round Gaussian, exactly what the generative model assumes, with or without the diagonal restriction.',
	'gd.about.correlated':
		'Each class is a long, tilted Gaussian: its two features are strongly correlated. Naive Bayes (diagonal) assumes they are independent given the class, a wrong model of the data; with the full covariance the generative model is right.',
	'gd.about.outliers':
		'The triangles come from two clusters, one of them far out on their own side. No single Gaussian describes that class, so the generative fit is pulled towards the far cluster; logistic regression barely notices points it already classifies well.',
	'gd.covariance': 'Generative model',
	'gd.cov.diagonal': 'Naive Bayes (diagonal covariance)',
	'gd.cov.full': 'Gaussian discriminant (full covariance)',
	'gd.perClass': 'Points per class',
	'gd.generate': 'Generate',
	'gd.clearGenerated': 'Clear generated',
	'gd.tooFew':
		'The link moves fewer than two points of a class, too few to fit; the points drawn from the data are shown instead.',
	'gd.planeTitle': '1. Fit both to the points',
	'gd.planeLabel': 'The points of two classes with both fitted boundaries',
	'gd.planeAbout':
		'Circles are class A, triangles class B. The generative model’s class densities are drawn as ellipses (1σ solid, 2σ dotted); the dashed line is where its posterior is ½, the solid line logistic regression’s boundary.',
	'gd.dragHint':
		'Drag a point, or focus the ring (Tab) and move it with the arrow keys (Shift for larger steps); PageDown / PageUp or n / p pick the next or previous point.',
	'gd.handle': 'Selected point {k} of {n}',
	'gd.handleValue': '{cls} at {at}',
	'gd.classA': 'Class A',
	'gd.classB': 'Class B',
	'gd.genBoundary': 'Generative boundary, p(B | x) = ½',
	'gd.discBoundary': 'Logistic regression boundary',
	'gd.contourKey': 'Fitted p(x | y) (1σ, 2σ)',
	'gd.generatedKey': 'Generated points',
	'gd.generatedNote':
		'Hollow marks: {n} new points per class sampled from the fitted densities p(x | y) (press {press}). Logistic regression cannot do this: it has no model of x.',
	'gd.accuracyCaption':
		'Accuracy on the points shown and on {test} fresh test points drawn from the same distribution',
	'gd.model': 'Model',
	'gd.fits': 'Fits',
	'gd.onTrain': 'on the {n} points shown',
	'gd.onTest': 'on the test points',
	'gd.gen.diagonal': 'Gaussian naive Bayes',
	'gd.gen.full': 'Gaussian discriminant analysis',
	'gd.fitsJoint': 'p(y) and p(x | y): class means and one shared covariance, in closed form',
	'gd.disc': 'Logistic regression',
	'gd.fitsConditional':
		'p(y | x): log loss + 0.01·|w|², minimised by Newton’s method ({steps} steps)',
	'gd.curveTitle': '2. Accuracy against training-set size',
	'gd.curveAbout':
		'Ng & Jordan (2001), “On Discriminative vs. Generative classifiers: A comparison of logistic regression and naive Bayes”, NIPS 14, showed that the generative model approaches its best accuracy with far fewer examples (about log n of them for n features, against about n for logistic regression), while logistic regression usually reaches a better accuracy in the end, because its answer does not depend on the model of x being right. So with few examples the generative model tends to win, and with many the discriminative one, when its model of x is wrong: the curves cross. Below, both are fitted to fresh training sets drawn from this page’s data and tested on the same 2,000 test points.',
	'gd.pointsPerClass': 'training points per class',
	'gd.failed': 'The computation failed: {error}',
	'gd.curvePending': 'Fitting both models to {resamples} training sets at every size…',
	'gd.curveReadout':
		'With {small} {unit}: generative {genSmall}, logistic regression {discSmall}. With {large}: {genLarge} against {discLarge}.',
	'gd.crossDisc': 'Logistic regression pulls ahead between {before} and {at} {unit}.',
	'gd.crossGen': 'The generative model pulls ahead between {before} and {at} {unit}.',
	'gd.noCross':
		'The curves do not cross here (by more than half a point): with these data one model leads throughout, or they end level.',
	'gd.curveLabel': 'Mean test accuracy of both models against training examples per class',
	'gd.curveDescription':
		'For each training-set size, the mean test accuracy over {resamples} seeded resamples (lines) and the range from the lowest to the highest (bands); the dotted rule marks the size shown above.',
	'gd.testAccuracy': 'test accuracy',
	'gd.generative': 'Generative',
	'gd.bandKey': 'Bands: lowest to highest of {resamples} resamples',
	'gd.curveSummary': 'The curve in numbers',
	'gd.curveCaption': 'Mean test accuracy over {resamples} resamples, with the range',
	'gd.genRange': 'generative range',
	'gd.discRange': 'logistic regression range',
	'gd.honest':
		'In two dimensions each model learns only three numbers, so both settle within a few dozen points and the gaps are small: Gaussian classes show the generative model ahead with few points and level later, correlated features and the far cluster show logistic regression ahead once the points are many. Ng & Jordan’s effect grows with the number of features, as in the text version of this demo (question 19), with one feature per word. The seed draws the points, the test set and the training sets.',
	'gd.topicA': 'Topic A',
	'gd.topicB': 'Topic B',
	'gd.trainPerTopic': 'Training sentences per topic',
	'gd.sameTopic': 'Topics A and B are the same: pick two different topics.',
	'gd.textTitle': '1. Train both on a few sentences per topic',
	'gd.textSplit':
		'{na} answer sentences of “{a}” and {nb} of “{b}”: 60 % of each topic may be training sentences, the other {test} are the test set. The seed picks them.',
	'gd.textAccuracyCaption':
		'Accuracy on the {test} test sentences with {m} training sentences per topic',
	'gd.textGen': 'Naive Bayes (bag of words)',
	'gd.onTestSentences': 'on the test sentences',
	'gd.textFitsGen': 'p(topic) and p(word | topic), counted, with add-one smoothing',
	'gd.textFitsDisc':
		'p(topic | words): one weight per word, {steps} steps of gradient descent on the log loss, in a worker',
	'gd.training': 'Training…',
	'gd.wordsTitle': '2. The words that weigh most',
	'gd.wordsAbout':
		'Naive Bayes: log p(word | B) − log p(word | A), what one occurrence adds to the log-odds. Logistic regression: the word’s weight. Each model’s strongest words for each topic, learned from the training sentences only.',
	'gd.wordsFor': 'Words for “{topic}”',
	'gd.textCurveTitle': '3. Accuracy against training-set size',
	'gd.textCurveAbout':
		'Ng & Jordan (2001), “On Discriminative vs. Generative classifiers”, NIPS 14: naive Bayes approaches its best accuracy after few examples, logistic regression needs more but often ends higher. Here each size is trained on {resamples} seeded splits and tested on each split’s test sentences.',
	'gd.sentencesPerTopic': 'training sentences per topic',
	'gd.textHonest':
		'What this is, and is not: two small classifiers trained on the guide itself (about 210 sentences per language, a few dozen per topic), not GPT or BERT. With so few sentences the test accuracies move by many points from one seed to the next, the largest sizes are cut off by the smaller topic, and the strongest words are often rare ones that happen to appear in one topic’s training sentences: read them as what these models learned from these sentences, not as what the topics are about.'
};

const zh: Record<keyof typeof en, string> = {
	'gd.intro':
		'学习同一个分类器的两种方式。生成模型拟合每个类别如何产生数据，即 p(x | y) 和 p(y)，再用贝叶斯公式分类，p(y | x) ∝ p(x | y) p(y)；因为它对数据本身建模，所以还能生成新的点。判别模型直接拟合 p(y | x)，这里是逻辑回归，p(y = 1 | x) = σ(w·x + b)，它对 x 如何产生一无所知。下面两个模型最后都画出一条直线作为边界，区别在于它们怎样得到这条线。',
	'gd.introText':
		'同样两类模型，用在文本上。多项式朴素贝叶斯是生成模型：它学习每个主题怎样“写”，即 p(词 | 主题)，把句子里的词看作相互独立的采样，再用贝叶斯公式分类。逻辑回归是判别模型：它为每个词学习一个权重，把句子推向某个主题，p(主题 | 词) = σ(权重之和 + b)。两个模型都在你的浏览器里、用指南自己回答中的句子训练。',
	'gd.loading': '正在加载演示…',
	'gd.dataset': '数据',
	'gd.data.gaussian': '高斯类别',
	'gd.data.correlated': '相关的特征',
	'gd.data.outliers': '远处的一簇',
	'gd.about.gaussian': '每个类别都是圆形的高斯分布，正是生成模型的假设，无论是否限定为对角协方差。',
	'gd.about.correlated':
		'每个类别都是细长、倾斜的高斯分布：两个特征强相关。朴素贝叶斯（对角协方差）假设给定类别时它们相互独立，这是对数据的错误建模；使用完整协方差时，生成模型是对的。',
	'gd.about.outliers':
		'三角形来自两簇，其中一簇远在它们自己这一侧。单个高斯分布描述不了这个类别，于是生成模型的拟合被拉向远处的那一簇；逻辑回归几乎不理会已经分对的点。',
	'gd.covariance': '生成模型',
	'gd.cov.diagonal': '朴素贝叶斯（对角协方差）',
	'gd.cov.full': '高斯判别分析（完整协方差）',
	'gd.perClass': '每类的点数',
	'gd.generate': '生成',
	'gd.clearGenerated': '清除生成的点',
	'gd.tooFew': '链接中某个类别被移动的点少于两个，无法拟合；改为显示从数据中抽取的点。',
	'gd.planeTitle': '1. 用这些点拟合两个模型',
	'gd.planeLabel': '两个类别的点以及两个拟合出的边界',
	'gd.planeAbout':
		'圆点是类别 A，三角形是类别 B。生成模型的类别密度画成椭圆（1σ 实线，2σ 点线）；虚线是它的后验概率为 ½ 的位置，实线是逻辑回归的边界。',
	'gd.dragHint':
		'拖动一个点，或用 Tab 聚焦圆环后用方向键移动它（按住 Shift 步子更大）；PageDown / PageUp 或 n / p 选择下一个或上一个点。',
	'gd.handle': '选中的点：第 {k} 个，共 {n} 个',
	'gd.handleValue': '{cls}，位于 {at}',
	'gd.classA': '类别 A',
	'gd.classB': '类别 B',
	'gd.genBoundary': '生成模型的边界，p(B | x) = ½',
	'gd.discBoundary': '逻辑回归的边界',
	'gd.contourKey': '拟合的 p(x | y)（1σ、2σ）',
	'gd.generatedKey': '生成的点',
	'gd.generatedNote':
		'空心符号：从拟合的密度 p(x | y) 中为每个类别采样的 {n} 个新点（第 {press} 次）。逻辑回归做不到这一点：它没有 x 的模型。',
	'gd.accuracyCaption': '在显示的点上以及在从同一分布新抽取的 {test} 个测试点上的准确率',
	'gd.model': '模型',
	'gd.fits': '拟合的是',
	'gd.onTrain': '显示的 {n} 个点',
	'gd.onTest': '测试点',
	'gd.gen.diagonal': '高斯朴素贝叶斯',
	'gd.gen.full': '高斯判别分析',
	'gd.fitsJoint': 'p(y) 和 p(x | y)：各类均值和一个共享的协方差，有闭式解',
	'gd.disc': '逻辑回归',
	'gd.fitsConditional': 'p(y | x)：对数损失 + 0.01·|w|²，用牛顿法最小化（{steps} 步）',
	'gd.curveTitle': '2. 准确率随训练集大小的变化',
	'gd.curveAbout':
		'Ng 和 Jordan（2001），“On Discriminative vs. Generative classifiers: A comparison of logistic regression and naive Bayes”，NIPS 14，表明生成模型只需少得多的样本就接近它的最佳准确率（n 个特征时约 log n 个，逻辑回归约需 n 个），而逻辑回归最终通常更准，因为它的答案不依赖于对 x 的建模是否正确。所以样本少时生成模型往往占优；当它对 x 的建模有误时，样本多时判别模型占优：两条曲线会交叉。下面两个模型都用从本页数据中新抽取的训练集拟合，并在同样的 2,000 个测试点上测试。',
	'gd.pointsPerClass': '每类的训练点数',
	'gd.failed': '计算失败：{error}',
	'gd.curvePending': '正在为每个大小用 {resamples} 个训练集拟合两个模型…',
	'gd.curveReadout':
		'{unit}为 {small} 时：生成模型 {genSmall}，逻辑回归 {discSmall}。为 {large} 时：{genLarge} 对 {discLarge}。',
	'gd.crossDisc': '逻辑回归在{unit}为 {before} 到 {at} 之间超过生成模型。',
	'gd.crossGen': '生成模型在{unit}为 {before} 到 {at} 之间超过逻辑回归。',
	'gd.noCross':
		'这里两条曲线没有交叉（差距都不到半个百分点以上）：在这些数据上，一个模型始终领先，或者最后打平。',
	'gd.curveLabel': '两个模型的平均测试准确率随每类训练样本数的变化',
	'gd.curveDescription':
		'对每个训练集大小，{resamples} 次带种子的重新采样上的平均测试准确率（线）以及从最低到最高的范围（带）；点线标出上面显示的大小。',
	'gd.testAccuracy': '测试准确率',
	'gd.generative': '生成模型',
	'gd.bandKey': '带：{resamples} 次重新采样中的最低到最高',
	'gd.curveSummary': '曲线的数字',
	'gd.curveCaption': '{resamples} 次重新采样的平均测试准确率及其范围',
	'gd.genRange': '生成模型的范围',
	'gd.discRange': '逻辑回归的范围',
	'gd.honest':
		'在二维中每个模型只学三个数，所以两者在几十个点内就稳定下来，差距很小：高斯类别显示生成模型在点少时领先、之后打平，相关的特征和远处的一簇显示点多时逻辑回归领先。Ng 和 Jordan 所说的效应随特征数增大而增强，就像本演示的文本版本（第 19 题）那样，每个词一个特征。随机种子决定这些点、测试集和训练集。',
	'gd.topicA': '主题 A',
	'gd.topicB': '主题 B',
	'gd.trainPerTopic': '每个主题的训练句子数',
	'gd.sameTopic': '主题 A 和 B 相同：请选择两个不同的主题。',
	'gd.textTitle': '1. 用每个主题的几个句子训练两个模型',
	'gd.textSplit':
		'“{a}”的回答句子 {na} 个，“{b}”的 {nb} 个：每个主题的 60% 可作为训练句子，其余 {test} 个是测试集。由随机种子选取。',
	'gd.textAccuracyCaption': '每个主题 {m} 个训练句子时，在 {test} 个测试句子上的准确率',
	'gd.textGen': '朴素贝叶斯（词袋）',
	'gd.onTestSentences': '测试句子',
	'gd.textFitsGen': 'p(主题) 和 p(词 | 主题)，计数得到，加一平滑',
	'gd.textFitsDisc':
		'p(主题 | 词)：每个词一个权重，对数损失上 {steps} 步梯度下降，在后台线程中运行',
	'gd.training': '正在训练…',
	'gd.wordsTitle': '2. 权重最大的词',
	'gd.wordsAbout':
		'朴素贝叶斯：log p(词 | B) − log p(词 | A)，即这个词每出现一次给 logit 增加的量。逻辑回归：这个词的权重。每个模型对每个主题最强的词，只从训练句子中学到。',
	'gd.wordsFor': '指向“{topic}”的词',
	'gd.textCurveTitle': '3. 准确率随训练集大小的变化',
	'gd.textCurveAbout':
		'Ng 和 Jordan（2001），“On Discriminative vs. Generative classifiers”，NIPS 14：朴素贝叶斯在很少的样本后就接近它的最佳准确率，逻辑回归需要更多样本，但最终往往更高。这里每个大小都在 {resamples} 个带种子的划分上训练，并在各自的测试句子上测试。',
	'gd.sentencesPerTopic': '每个主题的训练句子数',
	'gd.textHonest':
		'它是什么、不是什么：两个在指南本身上训练的小分类器（每种语言约 210 个句子，每个主题几十个），不是 GPT 或 BERT。句子这么少，测试准确率换一个种子就会变动很多个百分点，最大的训练集大小受较小的主题限制，权重最大的词也常常是恰好出现在某个主题训练句子里的生僻词：请把它们看作这些模型从这些句子中学到的东西，而不是这些主题真正讲什么。'
};

export const generativeDiscriminative = strings(en, zh);
export const t = translator(generativeDiscriminative);

/** A topic's name in the reader's language (the site's own strings). */
export const topicName = (topic: string): string => t(`topic.${topic}` as Parameters<typeof t>[0]);
