/** Strings of the hyperparameters demo (question 48). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';
import { controls } from '$lib/components/controls/strings';

const en = {
	'hp.intro':
		'Three hyperparameter experiments you can run. Top: optimisers walking down 2-D loss surfaces, drawn on contour plots; drag the start point and move the learning rate. Then two runs on a small neural network: a learning-rate range test, and a warm-up + cosine schedule against a constant rate.',
	'hp.pathsTitle': 'Optimisers on a 2-D loss surface',
	'hp.pathsLook':
		'What to look for: on the bowl, push the learning rate past 2/λ_max and plain gradient descent (SGD) zig-zags outwards instead of in. Momentum and Adam take other routes from the same start with the same rate.',
	'hp.presets': 'Classic cases',
	'hp.preset.zigzag': 'Zig-zag just under 2/λ_max',
	'hp.preset.diverge': 'Just past 2/λ_max: divergence',
	'hp.preset.valley': 'Momentum in a curved valley',
	'hp.preset.saddle': 'Stuck near a saddle',
	'hp.preset.noise': 'Minibatch noise',
	'hp.surface': 'Loss surface',
	'hp.surface.quadratic': 'Elongated bowl',
	'hp.surface.rosenbrock': 'Rosenbrock valley',
	'hp.surface.saddle': 'Saddle',
	'hp.surface.logistic': 'Logistic regression',
	'hp.about.quadratic':
		'f = ½ wᵀHw with Hessian H, whose eigenvalues (computed below) are the curvatures along its two axes.',
	'hp.about.rosenbrock':
		'Rosenbrock’s function (1 − x)² + 100(y − x²)²: a narrow curved valley with its minimum at (1, 1).',
	'hp.about.saddle':
		'x² + y⁴/4 − y²/2: a saddle at the origin between two minima at (0, ±1). A start on the line y = 0 creeps away from it only as fast as the tiny y grows.',
	'hp.about.logistic':
		'The mean logistic loss of a classifier with two weights (w₁, w₂, no bias) on 60 points drawn from the seed: two overlapping clouds.',
	'hp.lr': 'Learning rate (all optimisers)',
	'hp.mu': 'Momentum μ (momentum, Nesterov)',
	'hp.b1': 'Adam’s β₁',
	'hp.b2': 'Adam’s β₂ (RMSProp’s α)',
	'hp.noise': 'Gradient noise σ',
	'hp.steps': 'Steps',
	'hp.shown': 'Optimisers drawn',
	'hp.opt.sgd': 'SGD',
	'hp.opt.mom': 'Momentum',
	'hp.opt.nag': 'Nesterov',
	'hp.opt.rms': 'RMSProp',
	'hp.opt.adam': 'Adam',
	'hp.eigen': 'Hessian eigenvalues',
	'hp.eigenValue': 'λ_max = {max}, λ_min = {min}',
	'hp.limit': 'SGD diverges past',
	'hp.ratio': 'lr · λ_max',
	'hp.overLimit':
		'lr = {lr} is past 2/λ_max = {limit}: each step multiplies the distance along the steep axis by |1 − lr·λ_max| = {factor} > 1, so plain gradient descent diverges.',
	'hp.handle': 'Start point',
	'hp.point': '({x}, {y})',
	'hp.plotLabel': 'Contours of the loss with the optimisers’ paths from {start}',
	'hp.plotAbout':
		'Lines of equal loss, closer together where the surface is steeper; each coloured line is an optimiser’s path, ending in a ring; the dark dot is the minimum.',
	'hp.dragHint':
		'Drag the start point, or focus it and use the arrow keys (with Shift: bigger steps).',
	'hp.lossLabel': 'Loss above the minimum per step (log scale)',
	'hp.lossAxis': 'loss − minimum',
	'hp.step': 'step',
	'hp.pathTable': 'Where each optimiser ends',
	'hp.col.optimizer': 'Optimiser',
	'hp.col.end': 'End point',
	'hp.col.loss': 'Loss − minimum',
	'hp.col.status': 'Status',
	'hp.status.ok': 'ran {steps} steps',
	'hp.status.diverged': 'diverged at step {step}',
	'hp.status.outside': 'left the plot',
	'hp.sharedLr':
		'All optimisers share one learning rate. SGD’s step is lr × gradient; Adam’s and RMSProp’s are about lr whatever the gradient’s size: the same number is a small rate for one and a large one for another.',
	'hp.noiseNote':
		'The noise stands in for minibatches: each gradient gets Gaussian noise of standard deviation σ added, drawn from the seed, the same draws for every optimiser. On a real model the noise comes from which examples are in the batch.',
	'hp.rangeTitle': 'A learning-rate range test',
	'hp.rangeIntro':
		'Smith (2017, “Cyclical Learning Rates for Training Neural Networks”, WACV, §3.3): train briefly while the learning rate grows, and read the loss against the rate. Here a small MLP trains for {steps} minibatch steps as the rate grows from {min} to {max}.',
	'hp.rangeLook':
		'What to look for: the loss falls while the rate is useful, turns ragged and then blows up when it is too large. Smith reads two rates off the curve: a safe one where the loss falls fastest, and the largest useful one where it stops falling (the top of a cyclical or warm-up schedule).',
	'hp.mlpAbout':
		'The network: 2 → 16 → 16 → 2 with tanh (354 weights), SGD with momentum 0.9, minibatches of 32 from 200 points of two interleaved moons. Weights, data and batches all come from the seed.',
	'hp.rangeLabel': 'Minibatch loss against the learning rate',
	'hp.rangeLegend':
		'Thin: each step’s minibatch loss. Thick: smoothed. Orange dashes: where it falls fastest. Green dots: where it is lowest.',
	'hp.lrAxis': 'learning rate (log scale)',
	'hp.lossAxisMb': 'loss',
	'hp.rangeStatus': 'step {step} / {total}, lr = {lr}',
	'hp.suggest': 'Loss falls fastest at',
	'hp.lowest': 'Lowest loss at',
	'hp.notYet': 'not yet',
	'hp.useIt': 'Use {lr}, where the loss was lowest, as the peak rate below',
	'hp.blown': 'The smoothed loss blew up (over 4× its lowest) at lr ≈ {lr}: the run stopped there.',
	'hp.rangeHonest':
		'Smith grows the rate linearly over a few epochs; here it grows geometrically, as fast.ai’s lr_find does, to cover five decades in a few hundred steps. On a problem this small the curve is noisy: another seed can suggest a rate several times larger or smaller. The suggestion is a rule of thumb, not a measurement.',
	'hp.rangeTable': 'Every step of the range test',
	'hp.col.step': 'Step',
	'hp.col.lr': 'Learning rate',
	'hp.col.mbLoss': 'Minibatch loss',
	'hp.col.smoothed': 'Smoothed',
	'hp.scheduleTitle': 'Warm-up and cosine decay, applied',
	'hp.scheduleIntro':
		'Two copies of the same network, same start and same minibatches: one follows the schedule (linear warm-up to the peak rate, then half a cosine down to 0: Loshchilov & Hutter, 2017, “SGDR”, eq. 5), the other stays at the peak rate all along.',
	'hp.scheduleLook':
		'What to look for: the constant rate keeps bouncing around a plateau, while the decaying rate lets the loss settle far lower (the chart’s scale is logarithmic). Raise the peak past 1 and both thrash in the middle; set it low and the two runs end up close.',
	'hp.peak': 'Peak learning rate',
	'hp.warmup': 'Warm-up steps',
	'hp.decay': 'Cosine decay after the warm-up',
	'hp.scheduleLabel': 'The learning rate at each of {steps} steps',
	'hp.scheduleLegend': 'Solid: the schedule. Dashed: the constant peak rate.',
	'hp.trainLabel': 'Loss over all 200 points after each step (log scale)',
	'hp.trainLegend': 'Solid: with the schedule. Dashed: at the constant peak rate.',
	'hp.trainStatus': 'step {step} / {total}',
	'hp.scheduled': 'With the schedule',
	'hp.constant': 'Constant peak rate',
	'hp.trainTable': 'Every step of the two runs',
	'hp.col.scheduled': 'Loss, scheduled',
	'hp.col.constant': 'Loss, constant'
};

const zh: Record<keyof typeof en, string> = {
	'hp.intro':
		'三个可以亲手运行的超参数实验。上面：优化器在二维损失曲面上下降，画在等高线图上；拖动起点，调节学习率。下面是在一个小型神经网络上的两次训练：学习率范围测试，以及“预热 + 余弦衰减”调度与恒定学习率的对比。',
	'hp.pathsTitle': '二维损失曲面上的优化器',
	'hp.pathsLook':
		'看什么：在碗形曲面上，把学习率调过 2/λ_max，普通梯度下降（SGD）就会来回振荡并越走越远，而不是收敛。动量和 Adam 从同一起点、用同一学习率，走的是别的路线。',
	'hp.presets': '经典情形',
	'hp.preset.zigzag': '略低于 2/λ_max：来回振荡',
	'hp.preset.diverge': '略高于 2/λ_max：发散',
	'hp.preset.valley': '弯曲山谷中的动量',
	'hp.preset.saddle': '困在鞍点附近',
	'hp.preset.noise': '小批量噪声',
	'hp.surface': '损失曲面',
	'hp.surface.quadratic': '狭长的碗',
	'hp.surface.rosenbrock': 'Rosenbrock 山谷',
	'hp.surface.saddle': '鞍点',
	'hp.surface.logistic': '逻辑回归',
	'hp.about.quadratic':
		'f = ½ wᵀHw，H 为 Hessian 矩阵，它的特征值（下面计算）就是沿两条主轴的曲率。',
	'hp.about.rosenbrock':
		'Rosenbrock 函数 (1 − x)² + 100(y − x²)²：一条狭窄弯曲的山谷，最小值在 (1, 1)。',
	'hp.about.saddle':
		'x² + y⁴/4 − y²/2：原点是鞍点，两侧各有一个最小值 (0, ±1)。从直线 y = 0 上出发，只能随着极小的 y 慢慢增长而离开鞍点。',
	'hp.about.logistic':
		'一个双权重（w₁、w₂，无偏置）分类器的平均逻辑损失，数据是由随机种子生成的 60 个点：两团相互重叠的点云。',
	'hp.lr': '学习率（所有优化器）',
	'hp.mu': '动量 μ（动量法、Nesterov）',
	'hp.b1': 'Adam 的 β₁',
	'hp.b2': 'Adam 的 β₂（RMSProp 的 α）',
	'hp.noise': '梯度噪声 σ',
	'hp.steps': '步数',
	'hp.shown': '显示的优化器',
	'hp.opt.sgd': 'SGD',
	'hp.opt.mom': '动量法',
	'hp.opt.nag': 'Nesterov',
	'hp.opt.rms': 'RMSProp',
	'hp.opt.adam': 'Adam',
	'hp.eigen': 'Hessian 矩阵的特征值',
	'hp.eigenValue': 'λ_max = {max}，λ_min = {min}',
	'hp.limit': 'SGD 发散的界限',
	'hp.ratio': 'lr · λ_max',
	'hp.overLimit':
		'lr = {lr} 超过了 2/λ_max = {limit}：每一步都把沿陡峭轴的距离乘以 |1 − lr·λ_max| = {factor} > 1，所以普通梯度下降会发散。',
	'hp.handle': '起点',
	'hp.point': '({x}, {y})',
	'hp.plotLabel': '损失的等高线，以及各优化器从 {start} 出发的路径',
	'hp.plotAbout':
		'等损失线，曲面越陡，线越密；每条彩色线是一个优化器的路径，终点画成圆环；深色圆点是最小值。',
	'hp.dragHint': '拖动起点，或聚焦起点后用方向键移动（按住 Shift 步子更大）。',
	'hp.lossLabel': '每一步高出最小值的损失（对数刻度）',
	'hp.lossAxis': '损失 − 最小值',
	'hp.step': '步',
	'hp.pathTable': '各优化器的终点',
	'hp.col.optimizer': '优化器',
	'hp.col.end': '终点',
	'hp.col.loss': '损失 − 最小值',
	'hp.col.status': '状态',
	'hp.status.ok': '走了 {steps} 步',
	'hp.status.diverged': '在第 {step} 步发散',
	'hp.status.outside': '离开了绘图区域',
	'hp.sharedLr':
		'所有优化器共用一个学习率。SGD 的步长是 lr × 梯度；Adam 和 RMSProp 的步长大约就是 lr，与梯度大小无关：同一个数，对一个优化器是小学习率，对另一个可能是大学习率。',
	'hp.noiseNote':
		'这里的噪声代替小批量：每个梯度都加上标准差为 σ 的高斯噪声，由随机种子生成，所有优化器得到相同的噪声。在真实模型中，噪声来自批次里抽到了哪些样本。',
	'hp.rangeTitle': '学习率范围测试',
	'hp.rangeIntro':
		'Smith（2017，“Cyclical Learning Rates for Training Neural Networks”，WACV，第 3.3 节）：在学习率逐渐增大的同时短暂训练，观察损失随学习率的变化。这里一个小型 MLP 训练 {steps} 个小批量步，学习率从 {min} 增长到 {max}。',
	'hp.rangeLook':
		'看什么：学习率合适时损失下降，过大时先变得参差不齐，然后爆炸。Smith 从曲线上读出两个学习率：损失下降最快处是一个稳妥的学习率；损失停止下降处是最大的可用学习率（循环调度或预热调度的峰值）。',
	'hp.mlpAbout':
		'网络：2 → 16 → 16 → 2，tanh 激活（354 个权重），带 0.9 动量的 SGD，小批量大小 32，数据是两个交错“月牙”上的 200 个点。权重、数据和批次都由随机种子决定。',
	'hp.rangeLabel': '小批量损失随学习率的变化',
	'hp.rangeLegend':
		'细线：每一步的小批量损失。粗线：平滑后的损失。橙色虚线：下降最快处。绿色点线：最低处。',
	'hp.lrAxis': '学习率（对数刻度）',
	'hp.lossAxisMb': '损失',
	'hp.rangeStatus': '第 {step} / {total} 步，lr = {lr}',
	'hp.suggest': '损失下降最快处',
	'hp.lowest': '损失最低处',
	'hp.notYet': '尚无',
	'hp.useIt': '把损失最低处的 {lr} 用作下面的峰值学习率',
	'hp.blown': '平滑后的损失在 lr ≈ {lr} 处爆炸（超过最低值的 4 倍）：训练在那里停止。',
	'hp.rangeHonest':
		'Smith 在几个 epoch 内线性增大学习率；这里像 fast.ai 的 lr_find 一样按几何级数增长，在几百步内覆盖五个数量级。在这么小的问题上曲线噪声很大：换一个随机种子，建议的学习率可能大几倍或小几倍。这个建议是经验法则，而不是测量结果。',
	'hp.rangeTable': '范围测试每一步的数据',
	'hp.col.step': '步',
	'hp.col.lr': '学习率',
	'hp.col.mbLoss': '小批量损失',
	'hp.col.smoothed': '平滑后',
	'hp.scheduleTitle': '预热与余弦衰减的实际效果',
	'hp.scheduleIntro':
		'同一个网络的两个副本，起点相同，小批量也相同：一个按调度训练（线性预热到峰值学习率，再按半个余弦降到 0：Loshchilov 与 Hutter，2017，“SGDR”，公式 5），另一个始终使用峰值学习率。',
	'hp.scheduleLook':
		'看什么：恒定学习率的训练一直在一个平台附近来回跳动，而衰减的学习率让损失稳定到低得多的地方（图的纵轴是对数刻度）。把峰值调到 1 以上，两次训练在中途都会剧烈震荡；把峰值调低，两次训练的结果就很接近。',
	'hp.peak': '峰值学习率',
	'hp.warmup': '预热步数',
	'hp.decay': '预热后余弦衰减',
	'hp.scheduleLabel': '{steps} 步中每一步的学习率',
	'hp.scheduleLegend': '实线：调度。虚线：恒定的峰值学习率。',
	'hp.trainLabel': '每一步之后在全部 200 个点上的损失（对数刻度）',
	'hp.trainLegend': '实线：使用调度。虚线：恒定的峰值学习率。',
	'hp.trainStatus': '第 {step} / {total} 步',
	'hp.scheduled': '使用调度',
	'hp.constant': '恒定峰值学习率',
	'hp.trainTable': '两次训练每一步的数据',
	'hp.col.scheduled': '损失（调度）',
	'hp.col.constant': '损失（恒定）'
};

export const hyperparameterStrings = strings(en, zh);
export const t = translator(controls, hyperparameterStrings);
