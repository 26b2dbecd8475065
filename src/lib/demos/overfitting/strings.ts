/** Strings of the overfitting demo (question 18). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';
import { controls } from '$lib/components/controls/strings';

const en = {
	'of.intro':
		'Noisy samples of y = sin(πx), fitted three ways: polynomials of growing degree, a small neural network trained epoch by epoch, and random-features regression swept past the point where it can fit every sample exactly. Every number here is computed on this page from the seed.',
	'of.presets': 'Classic cases',
	'of.preset.underfit': 'Underfit',
	'of.preset.good': 'Good fit',
	'of.preset.overfit': 'Overfit',
	'of.preset.regularised': 'Regularised',
	'of.preset.double': 'Double descent',
	'of.look.underfit':
		'What to look for: a straight line cannot bend with the sine, so training and validation error are both high and close together (high bias). Refits on other samples barely move.',
	'of.look.good':
		'What to look for: degree 3 follows the sine and ignores the noise; validation error is near its lowest. Press play below: after a few hundred epochs the network’s validation loss turns up; switch on early stopping to stop there.',
	'of.look.overfit':
		'What to look for: degree 14 through 15 points passes through every one (training error 0) and swings wildly between and beyond them; the faint refits disagree (high variance). Press play below and watch the network’s validation loss turn up while its training loss keeps falling.',
	'of.look.regularised':
		'What to look for: the same degree 14 with a ridge penalty λ = 10⁻⁴ is smooth again, and validation error falls back near the good fit’s. Below, weight decay keeps the network’s validation loss from climbing.',
	'of.look.double':
		'What to look for: scroll to the last chart. With exactly as many random features as samples (p = n = 15) the fit must hit every point and test error peaks; add features and it falls again.',
	'of.look.none':
		'What to look for: the gap between training and validation error. A model that fits its training points better and better while validation error rises has started fitting the noise.',
	'of.n': 'Training-set size n',
	'of.noise': 'Noise σ',
	'of.plotAbout':
		'Dots: training samples. Rings: validation samples. Dashed: the true function sin(πx). Solid: the fit; pale lines: refits on resampled training sets. Curves beyond ±2.2 run along the edge.',
	'of.polyTitle': 'Polynomials of growing degree',
	'of.polyAbout':
		'Least squares in the Legendre basis (numerically sound up to degree 20), solved by Householder QR. With λ > 0 it is ridge regression: (1/n)Σ(y − p(x))² + λΣc_k², the constant term not shrunk. Validation points are 60 fresh samples the fit never sees.',
	'of.polyPlot': 'Degree-{degree} polynomial fitted to the training samples',
	'of.key.train': 'training ({n})',
	'of.key.val': 'validation ({n})',
	'of.key.truth': 'sin(πx)',
	'of.key.fit': 'fit',
	'of.key.resamples': '{count} refits on resamples',
	'of.degree': 'Degree',
	'of.lambda': 'Ridge penalty λ',
	'of.resamples': 'Refit on {count} resampled training sets',
	'of.trainMse': 'Training error (MSE)',
	'of.valMse': 'Validation error (MSE)',
	'of.bias2': 'Bias² (mean refit vs sin)',
	'of.variance': 'Variance across refits',
	'of.minNormPoly':
		'{k} coefficients but only {n} points: infinitely many polynomials pass through every point, and the one drawn is the one with the smallest coefficients (the minimum-norm solution).',
	'of.varianceAbout':
		'The refits use {count} other training sets from the same seed (new noise, new positions). Bias² is how far their average curve is from sin(πx); variance is how much they disagree with each other, both averaged over [−1, 1]. Raising the degree trades the first for the second.',
	'of.degreePlot': 'Training and validation error against the degree (log scale)',
	'of.degreeAxis': 'degree',
	'of.mseAxis': 'MSE',
	'of.degreeLook':
		'Training error only falls as the degree grows; validation error falls, bottoms out (at degree {best} here, the ringed dot) and climbs again: the U of the bias–variance trade-off. The dashed line is the degree drawn above.',
	'of.degreeTable': 'Errors at every degree',
	'of.col.degree': 'Degree',
	'of.mlpTitle': 'A neural network, epoch by epoch',
	'of.mlpAbout':
		'An MLP 1 → 32 → 32 → 1 with tanh ({parameters} weights for {n} training points), trained in a background worker with Adam (learning rate 0.01) on the full training set each epoch. Weights, data and dropout masks all come from the seed: the same link gives the same curves.',
	'of.mlpLook':
		'What to look for: the training loss falls steadily; the validation loss falls, then turns up once the network starts fitting the noise. The dashed line marks its lowest point so far.',
	'of.decay': 'L2 penalty λ (weight decay)',
	'of.dropout': 'Dropout p',
	'of.epochs': 'Epochs',
	'of.early': 'Early stopping (patience {patience} epochs)',
	'of.epochStatus': 'epoch {step} / {total}',
	'of.speed': 'Speed',
	'of.speed.slow': 'Slow',
	'of.speed.medium': 'Medium',
	'of.speed.fast': 'As fast as possible',
	'of.mlpPlot': 'The network’s fit after epoch {epoch}',
	'of.lossPlot': 'Training and validation loss over epochs (log scale)',
	'of.epochAxis': 'epoch',
	'of.key.turn': 'lowest validation loss',
	'of.bestVal': 'Lowest validation error',
	'of.bestValAt': '{loss} at epoch {epoch}',
	'of.stopped':
		'Early stopping: no better validation loss for {patience} epochs, so training stopped at epoch {epoch} and the weights of epoch {best} were put back (the fit drawn).',
	'of.regNote':
		'λ = {decay} adds λ·w to every weight’s gradient (Adam’s weight decay, an L2 penalty); dropout zeroes each hidden unit with probability {dropout} during training only, scaling the rest up. Both make training loss higher on purpose.',
	'of.lossTable': 'Every epoch’s losses',
	'of.col.epoch': 'Epoch',
	'of.ddTitle': 'Beyond the textbook: double descent',
	'of.ddAbout':
		'Random-features regression: p features cos(ωx + b) with random, fixed ω and b, and only the output weights fitted, by least squares while p ≤ n, and past that by the minimum-norm fit among the infinitely many that pass through every point. Test error is measured against sin(πx) itself, averaged over {draws} feature draws; computed in a background worker.',
	'of.ddLook':
		'What to look for: the classic U while p < n, a spike where p meets n = {n} (the interpolation threshold: one exact fit, forced through the noise with huge weights), and a second descent as p grows past it: more features, smaller minimum-norm weights, a smoother fit. Belkin, Hsu, Ma & Mandal (2019, “Reconciling modern machine-learning practice and the classical bias–variance trade-off”, PNAS 116(32), Fig. 2) show the same curve on real data.',
	'of.ddFailed': 'The sweep failed: {error}',
	'of.ddRunning': 'Sweeping the number of features… {percent}%',
	'of.ddPlot':
		'Test error against the number of random features p, for n = {n} samples (log scales)',
	'of.widthAxis': 'features p',
	'of.testAxis': 'test MSE',
	'of.ddBestUnder': 'Best with p < n',
	'of.ddPeak': 'Peak',
	'of.ddEnd': 'Widest',
	'of.ddAt': '{error} at p = {p}',
	'of.width': 'Features p in the fit drawn',
	'of.ddFitPlot': 'Random-features fit with p = {p} features',
	'of.ddFitError': 'Test error of this fit',
	'of.ddNorm': 'Size of its weights |w|',
	'of.ddUnder':
		'Fewer features than samples: a least-squares fit that cannot pass through every point.',
	'of.ddAtN':
		'As many features as samples: exactly one set of weights fits every point, and reaching the noisy ones takes huge weights, so the curve swings wildly between them.',
	'of.ddOver':
		'More features than samples: many fits pass through every point; the minimum-norm one spreads the work over all features and stays smooth between the samples.',
	'of.ddTable': 'Test error at every width',
	'of.col.width': 'Features p',
	'of.col.test': 'Test MSE',
	'of.ddHonest':
		'A one-dimensional toy: Belkin et al. sweep networks and random features on MNIST and CIFAR. Here the inputs sit on a jittered grid and the features’ frequencies are about 20, so that close samples can be told apart; with other choices the peak stays but the second descent can be slow. The fit drawn uses the first feature draw only, the curve the mean of {draws}.'
};

const zh: Record<keyof typeof en, string> = {
	'of.intro':
		'对 y = sin(πx) 的带噪样本，用三种方式拟合：次数递增的多项式、逐轮训练的小型神经网络，以及随机特征回归（扫过它恰好能拟合每个样本的那一点）。这里的每个数字都由本页根据随机种子计算得出。',
	'of.presets': '经典情形',
	'of.preset.underfit': '欠拟合',
	'of.preset.good': '拟合良好',
	'of.preset.overfit': '过拟合',
	'of.preset.regularised': '正则化',
	'of.preset.double': '双下降',
	'of.look.underfit':
		'看什么：直线无法随正弦弯曲，训练误差和验证误差都高，而且彼此接近（高偏差）。在其他样本上重新拟合，直线几乎不动。',
	'of.look.good':
		'看什么：3 次多项式贴合正弦而忽略噪声，验证误差接近最低。点击下面的播放：几百轮之后，网络的验证损失转而上升；开启早停，训练就会停在那里。',
	'of.look.overfit':
		'看什么：用 14 次多项式拟合 15 个点，曲线穿过每一个点（训练误差为 0），在点与点之间和两端剧烈摆动；浅色的重新拟合曲线彼此不一致（高方差）。点击下面的播放，看网络的训练损失持续下降，而验证损失转而上升。',
	'of.look.regularised':
		'看什么：同样是 14 次，加上岭惩罚 λ = 10⁻⁴ 后曲线重新变得平滑，验证误差回落到接近良好拟合的水平。下面，权重衰减使网络的验证损失不再攀升。',
	'of.look.double':
		'看什么：滚动到最后一张图。随机特征数恰好等于样本数（p = n = 15）时，拟合必须穿过每个点，测试误差达到峰值；继续增加特征，误差又会下降。',
	'of.look.none':
		'看什么：训练误差和验证误差之间的差距。如果模型对训练点拟合得越来越好，验证误差却在上升，说明它已经开始拟合噪声。',
	'of.n': '训练集大小 n',
	'of.noise': '噪声 σ',
	'of.plotAbout':
		'圆点：训练样本。圆环：验证样本。虚线：真实函数 sin(πx)。实线：拟合曲线；浅色线：在重新采样的训练集上的拟合。超出 ±2.2 的曲线沿边缘画出。',
	'of.polyTitle': '次数递增的多项式',
	'of.polyAbout':
		'在 Legendre 基下做最小二乘（直到 20 次都数值稳定），用 Householder QR 分解求解。λ > 0 时就是岭回归：(1/n)Σ(y − p(x))² + λΣc_k²，常数项不收缩。验证点是拟合从未见过的 60 个新样本。',
	'of.polyPlot': '拟合训练样本的 {degree} 次多项式',
	'of.key.train': '训练（{n}）',
	'of.key.val': '验证（{n}）',
	'of.key.truth': 'sin(πx)',
	'of.key.fit': '拟合',
	'of.key.resamples': '在重新采样的数据上的 {count} 次拟合',
	'of.degree': '次数',
	'of.lambda': '岭惩罚 λ',
	'of.resamples': '在 {count} 个重新采样的训练集上重新拟合',
	'of.trainMse': '训练误差（MSE）',
	'of.valMse': '验证误差（MSE）',
	'of.bias2': '偏差²（平均拟合与 sin 之差）',
	'of.variance': '各次拟合之间的方差',
	'of.minNormPoly':
		'有 {k} 个系数，却只有 {n} 个点：穿过每个点的多项式有无穷多个，图中画的是系数最小的那个（最小范数解）。',
	'of.varianceAbout':
		'重新拟合使用由同一随机种子生成的另外 {count} 个训练集（新的噪声、新的位置）。偏差² 是它们的平均曲线离 sin(πx) 有多远；方差是它们彼此之间的分歧有多大，两者都在 [−1, 1] 上取平均。提高次数，就是用前者换后者。',
	'of.degreePlot': '训练误差和验证误差随次数的变化（对数刻度）',
	'of.degreeAxis': '次数',
	'of.mseAxis': 'MSE',
	'of.degreeLook':
		'训练误差随次数增加只降不升；验证误差先降，到底（这里是 {best} 次，带圆环的点）后又回升：这就是偏差–方差权衡的 U 形。虚线是上图所画的次数。',
	'of.degreeTable': '每个次数的误差',
	'of.col.degree': '次数',
	'of.mlpTitle': '逐轮训练的神经网络',
	'of.mlpAbout':
		'一个 1 → 32 → 32 → 1 的 tanh MLP（{parameters} 个权重，对应 {n} 个训练点），在后台 worker 中用 Adam（学习率 0.01）训练，每轮使用全部训练集。权重、数据和 dropout 掩码都来自随机种子：同一个链接给出同样的曲线。',
	'of.mlpLook':
		'看什么：训练损失稳步下降；验证损失先降，在网络开始拟合噪声后转而上升。虚线标出它到目前为止的最低点。',
	'of.decay': 'L2 惩罚 λ（权重衰减）',
	'of.dropout': 'Dropout 概率 p',
	'of.epochs': '轮数',
	'of.early': '早停（耐心 {patience} 轮）',
	'of.epochStatus': '第 {step} / {total} 轮',
	'of.speed': '速度',
	'of.speed.slow': '慢',
	'of.speed.medium': '中',
	'of.speed.fast': '尽可能快',
	'of.mlpPlot': '第 {epoch} 轮后网络的拟合',
	'of.lossPlot': '训练损失和验证损失随轮数的变化（对数刻度）',
	'of.epochAxis': '轮',
	'of.key.turn': '最低验证损失',
	'of.bestVal': '最低验证误差',
	'of.bestValAt': '第 {epoch} 轮：{loss}',
	'of.stopped':
		'早停：验证损失连续 {patience} 轮没有改善，训练在第 {epoch} 轮停止，并恢复第 {best} 轮的权重（即图中的拟合）。',
	'of.regNote':
		'λ = {decay} 在每个权重的梯度上加上 λ·w（Adam 的权重衰减，即 L2 惩罚）；dropout 只在训练时以概率 {dropout} 把每个隐藏单元置零，并放大其余单元。两者都有意让训练损失变高。',
	'of.lossTable': '每一轮的损失',
	'of.col.epoch': '轮',
	'of.ddTitle': '教科书之外：双下降',
	'of.ddAbout':
		'随机特征回归：p 个特征 cos(ωx + b)，其中 ω 和 b 随机生成后固定，只拟合输出权重；p ≤ n 时用最小二乘，超过之后，在无穷多个穿过每个点的解中取最小范数解。测试误差直接对照 sin(πx) 计算，在 {draws} 次特征抽取上取平均；在后台 worker 中计算。',
	'of.ddLook':
		'看什么：p < n 时是经典的 U 形；p 达到 n = {n} 时出现尖峰（插值阈值：只有一个精确解，要用巨大的权重硬穿过噪声）；p 继续增大，误差第二次下降：特征越多，最小范数解的权重越小，拟合越平滑。Belkin、Hsu、Ma 与 Mandal（2019，“Reconciling modern machine-learning practice and the classical bias–variance trade-off”，PNAS 116(32)，图 2）在真实数据上给出了同样的曲线。',
	'of.ddFailed': '扫描失败：{error}',
	'of.ddRunning': '正在扫描特征数……{percent}%',
	'of.ddPlot': '测试误差随随机特征数 p 的变化，样本数 n = {n}（对数刻度）',
	'of.widthAxis': '特征数 p',
	'of.testAxis': '测试 MSE',
	'of.ddBestUnder': 'p < n 时的最佳值',
	'of.ddPeak': '峰值',
	'of.ddEnd': '最宽处',
	'of.ddAt': 'p = {p}：{error}',
	'of.width': '所画拟合的特征数 p',
	'of.ddFitPlot': '使用 p = {p} 个特征的随机特征拟合',
	'of.ddFitError': '此拟合的测试误差',
	'of.ddNorm': '权重大小 |w|',
	'of.ddUnder': '特征少于样本：最小二乘拟合无法穿过每个点。',
	'of.ddAtN':
		'特征数等于样本数：恰好只有一组权重能拟合每个点，要够到带噪声的点就需要巨大的权重，于是曲线在点与点之间剧烈摆动。',
	'of.ddOver':
		'特征多于样本：有许多拟合能穿过每个点；最小范数解把任务分摊到所有特征上，在样本之间保持平滑。',
	'of.ddTable': '每个宽度的测试误差',
	'of.col.width': '特征数 p',
	'of.col.test': '测试 MSE',
	'of.ddHonest':
		'这是一个一维的玩具例子：Belkin 等在 MNIST 和 CIFAR 上扫描的是神经网络和随机特征。这里输入位于加了抖动的网格上，特征频率约为 20，以便区分相邻的样本；换作别的设置，峰值仍在，但第二次下降可能很慢。图中的拟合只用第一次特征抽取，曲线是 {draws} 次的平均。'
};

export const overfittingStrings = strings(en, zh);
export const t = translator(controls, overfittingStrings);
