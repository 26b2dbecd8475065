/** Strings of the distillation demo (question 15). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';
import { controls } from '$lib/components/controls/strings';

const en = {
	'dist.intro':
		'Knowledge distillation on a small scale. A teacher network learns to classify overlapping clouds of points; small students then learn from only a few of those points, either from the labels alone (hard), from the teacher’s softened probabilities (soft), or from a mix of both.',
	'dist.look':
		'What to look for: press Play under “Three students”. With 10 points the soft-target student’s test accuracy climbs well above the hard-label student’s and its regions look like the teacher’s; choose “Plenty of points” and the three end up level.',
	'dist.presets': 'Classic cases',
	'dist.preset.little': 'Few points: soft targets win',
	'dist.preset.plenty': 'Plenty of points',
	'dist.preset.cold': 'T = 1: little dark knowledge',
	'dist.preset.hot': 'T = 20: matching logits',
	'dist.hotNote':
		'At a high T, distillation becomes matching the teacher’s logits: Hinton et al. (2015, §2.1) show that, for logits of zero mean, the soft term’s gradient tends to (z_i − v_i)/(K·T²) for K classes (z the student’s logits, v the teacher’s); times T², that is the gradient of ‖z − v‖²/(2K), the same at every high T.',
	'dist.classes': 'Classes',
	'dist.spread': 'Overlap (noise σ)',
	'dist.T': 'Temperature T',
	'dist.alpha': 'Mixed student’s weight α on soft targets',
	'dist.n': 'Transfer points the students see',
	'dist.width': 'Student hidden units',
	'dist.speed': 'Speed',
	'dist.speed.slow': 'Slow',
	'dist.speed.normal': 'Normal',
	'dist.speed.fast': 'Fast',
	'dist.class': 'class {k}',
	'dist.teacherTitle': '1 · The teacher',
	'dist.teacherAbout':
		'{points} labelled points drawn from the seed, {classes} Gaussian clouds around a circle: each class overlaps its two neighbours. The teacher, 2 → {hidden} → {hidden} → {classes} with tanh ({params} weights), trains on all of them for {steps} full-batch Adam steps in a background worker.',
	'dist.teacherTraining': 'The teacher is training… {pct}',
	'dist.teacherSize': 'Teacher weights',
	'dist.teacherLoss': 'Training loss (cross-entropy)',
	'dist.trainAcc': 'Training accuracy',
	'dist.testAcc': 'Test accuracy',
	'dist.bestAcc': 'Best possible',
	'dist.bestAbout':
		'Best possible: the nearest-centre rule, which is optimal for these clouds, scores {best} on the same {test} test points. The clouds overlap, so no classifier gets them all.',
	'dist.planeLabel': '{name}: decision regions over the plane',
	'dist.planeAbout':
		'Each region is coloured by the class the network picks there, darker where it is more sure; dots are points with their true class.',
	'dist.handle': 'Chosen point',
	'dist.point': '({x}, {y})',
	'dist.pointHint':
		'Click the plane to choose a point, or focus the ring and use the arrow keys (with Shift: bigger steps).',
	'dist.darkTitle': 'The teacher’s dark knowledge at {point}',
	'dist.darkAbout':
		'Softmax at temperature T, p_i = exp(z_i/T) / Σ_j exp(z_j/T), flattens the teacher’s answer. At T = 1 the wrong classes get almost nothing; at higher T you can read how it ranks them: neighbours of the right class above the far ones. Hinton, in his talks on this work, called this the dark knowledge.',
	'dist.darkLabel':
		'Teacher probabilities at the chosen point, at T = {T} (bars) and T = 1 (outlines)',
	'dist.darkBar': '{cls}: {p} at T = {T}, {p1} at T = 1',
	'dist.darkRank': 'Top class: {top}. The wrong classes, ranked: {rest}.',
	'dist.darkLegend': 'Bars: T = {T}. Dashed outlines: T = 1.',
	'dist.studentsTitle': '2 · Three students',
	'dist.studentsAbout':
		'Each student is 2 → {width} → {classes} ({params} weights, {ratio} of the teacher), starts from the same weights and sees the same {n} of the teacher’s points, for {steps} full-batch Adam steps. Only what it learns from differs:',
	'dist.student.hard': 'Hard labels',
	'dist.student.soft': 'Soft targets',
	'dist.student.mix': 'Mix',
	'dist.studentDesc.hard': 'Hard labels (α = 0): cross-entropy with the true class.',
	'dist.studentDesc.soft':
		'Soft targets (α = 1): T²·KL from the teacher’s probabilities at T to its own at T.',
	'dist.studentDesc.mix': 'Mix (α = {alpha}): α·T²·KL + (1 − α)·cross-entropy.',
	'dist.formula': 'L = α · T² · KL(p_T ‖ q_T) + (1 − α) · CE  =  {alpha} × {T2} × KL + {hard} × CE',
	'dist.formulaAbout':
		'Hinton, Vinyals & Dean (2015), “Distilling the Knowledge in a Neural Network”, §2: the soft term’s gradients shrink like 1/T², so it is multiplied by T² to keep its weight when T changes.',
	'dist.missing':
		'Missing from the {n} transfer points: {classes}. The hard-label student never sees a label for it; the soft-target student still learns where it lies from the teacher’s probabilities.',
	'dist.runLabel': 'Training the three students',
	'dist.runStatus': 'step {step} / {total}',
	'dist.waiting': 'The students start once the teacher has trained.',
	'dist.step': 'step',
	'dist.accLabel': 'Test accuracy of each student per step',
	'dist.accAxis': 'test accuracy',
	'dist.klLabel': 'KL from the teacher to each student on the test points per step (log scale)',
	'dist.klAxis': 'KL(teacher ‖ student), bits',
	'dist.teacherLine': 'teacher',
	'dist.stepTable': 'Every step of the three students',
	'dist.col.step': 'Step',
	'dist.col.loss': 'Loss: {name}',
	'dist.col.acc': 'Accuracy: {name}',
	'dist.col.kl': 'KL (bits): {name}',
	'dist.col.student': 'Student',
	'dist.col.size': 'Transfer points',
	'dist.col.range': 'Range: {name}',
	'dist.readTable': 'The students now',
	'dist.sweepTitle': '3 · Accuracy against the number of transfer points',
	'dist.sweepAbout':
		'For each number of transfer points, {resamples} seeded subsets of the teacher’s points, three students trained on each for {steps} steps as above, scored on the same test points. Lines: means; bands: lowest to highest.',
	'dist.sweepPending': 'Sweeping in a background worker… {pct}',
	'dist.sweepWaiting': 'The sweep starts once the teacher has trained.',
	'dist.sweepLabel': 'Mean test accuracy of each student against the number of transfer points',
	'dist.sweepAxis': 'transfer points (log scale)',
	'dist.sweepReadout':
		'With {small} points: hard {hardSmall}, soft {softSmall}, mix {mixSmall}. With {large}: hard {hardLarge}, soft {softLarge}, mix {mixLarge}.',
	'dist.sweepTable': 'The sweep’s numbers',
	'dist.honest':
		'What this is: a 2-D toy with networks of tens to about a thousand weights, trained in your browser from the seed. Distilling an LLM uses the same loss over a vocabulary of tens of thousands of tokens, and teachers and students billions of times larger; the lesson carried over is that soft targets carry more information per example than labels (Hinton et al. 2015, §6, trained a speech model on 3% of its data with soft targets).',
	'dist.failed': 'The computation stopped with an error: {error}'
};

const zh: Record<keyof typeof en, string> = {
	'dist.intro':
		'小规模的知识蒸馏。教师网络学习给相互重叠的点云分类；随后，小的学生网络只从其中少数几个点学习：要么只用标签（硬标签），要么用教师软化后的概率（软目标），要么两者混合。',
	'dist.look':
		'看点：在“三个学生”下按播放。只有 10 个点时，学软目标的学生的测试准确率明显高于学硬标签的学生，它的区域也更像教师的；选“点很多”，三个学生最后不相上下。',
	'dist.presets': '经典情形',
	'dist.preset.little': '点很少：软目标胜出',
	'dist.preset.plenty': '点很多',
	'dist.preset.cold': 'T = 1：暗知识很少',
	'dist.preset.hot': 'T = 20：匹配 logit',
	'dist.hotNote':
		'T 很高时，蒸馏就变成匹配教师的 logit：Hinton 等（2015，第 2.1 节）表明，当 logit 均值为 0 时，对 K 个类别，软目标项的梯度趋于 (z_i − v_i)/(K·T²)（z 为学生的 logit，v 为教师的）；乘以 T² 后就是 ‖z − v‖²/(2K) 的梯度，在任何高 T 下都相同。',
	'dist.classes': '类别数',
	'dist.spread': '重叠程度（噪声 σ）',
	'dist.T': '温度 T',
	'dist.alpha': '混合学生在软目标上的权重 α',
	'dist.n': '学生能看到的迁移点数',
	'dist.width': '学生的隐藏单元数',
	'dist.speed': '速度',
	'dist.speed.slow': '慢',
	'dist.speed.normal': '中',
	'dist.speed.fast': '快',
	'dist.class': '类 {k}',
	'dist.teacherTitle': '1 · 教师',
	'dist.teacherAbout':
		'由随机种子生成 {points} 个带标签的点，{classes} 团高斯点云排成一圈：每一类都和两个相邻类重叠。教师网络为 2 → {hidden} → {hidden} → {classes}，激活函数 tanh（{params} 个权重），在后台 worker 中用全部点做 {steps} 步全批量 Adam 训练。',
	'dist.teacherTraining': '教师正在训练……{pct}',
	'dist.teacherSize': '教师权重数',
	'dist.teacherLoss': '训练损失（交叉熵）',
	'dist.trainAcc': '训练准确率',
	'dist.testAcc': '测试准确率',
	'dist.bestAcc': '最佳可能',
	'dist.bestAbout':
		'最佳可能：最近中心规则对这些点云是最优的，它在同样 {test} 个测试点上得到 {best}。点云相互重叠，所以任何分类器都不可能全对。',
	'dist.planeLabel': '{name}：平面上的决策区域',
	'dist.planeAbout': '每个区域按网络在那里选择的类别着色，越确定颜色越深；圆点是带真实类别的点。',
	'dist.handle': '所选的点',
	'dist.point': '（{x}, {y}）',
	'dist.pointHint': '点击平面选一个点，或让圆环获得焦点后用方向键移动（按住 Shift 步子更大）。',
	'dist.darkTitle': '教师在 {point} 处的暗知识',
	'dist.darkAbout':
		'温度为 T 的 softmax，p_i = exp(z_i/T) / Σ_j exp(z_j/T)，会把教师的回答变平。T = 1 时错误类别几乎得不到概率；T 更高时就能看出教师如何给它们排序：正确类别的相邻类排在远处的类前面。Hinton 在介绍这项工作的报告中把它称为暗知识。',
	'dist.darkLabel': '教师在所选点上的概率，T = {T}（柱）与 T = 1（轮廓）',
	'dist.darkBar': '{cls}：T = {T} 时 {p}，T = 1 时 {p1}',
	'dist.darkRank': '最高的类：{top}。错误类别的排序：{rest}。',
	'dist.darkLegend': '柱：T = {T}。虚线轮廓：T = 1。',
	'dist.studentsTitle': '2 · 三个学生',
	'dist.studentsAbout':
		'每个学生为 2 → {width} → {classes}（{params} 个权重，是教师的 {ratio}），从相同的权重出发，看到教师的同样 {n} 个点，做 {steps} 步全批量 Adam 训练。唯一不同的是学习的对象：',
	'dist.student.hard': '硬标签',
	'dist.student.soft': '软目标',
	'dist.student.mix': '混合',
	'dist.studentDesc.hard': '硬标签（α = 0）：对真实类别的交叉熵。',
	'dist.studentDesc.soft':
		'软目标（α = 1）：教师在温度 T 下的概率到学生在温度 T 下的概率的 T²·KL。',
	'dist.studentDesc.mix': '混合（α = {alpha}）：α·T²·KL + (1 − α)·交叉熵。',
	'dist.formula': 'L = α · T² · KL(p_T ‖ q_T) + (1 − α) · CE  =  {alpha} × {T2} × KL + {hard} × CE',
	'dist.formulaAbout':
		'Hinton、Vinyals 与 Dean（2015），“Distilling the Knowledge in a Neural Network”，第 2 节：软目标项的梯度按 1/T² 缩小，所以乘以 T²，使 T 改变时它的权重保持不变。',
	'dist.missing':
		'{n} 个迁移点中缺少：{classes}。学硬标签的学生从未见过它的标签；学软目标的学生仍能从教师的概率中学到它在哪里。',
	'dist.runLabel': '训练三个学生',
	'dist.runStatus': '第 {step} / {total} 步',
	'dist.waiting': '教师训练完后学生才开始。',
	'dist.step': '步',
	'dist.accLabel': '每一步各学生的测试准确率',
	'dist.accAxis': '测试准确率',
	'dist.klLabel': '每一步在测试点上从教师到各学生的 KL（对数刻度）',
	'dist.klAxis': 'KL(教师 ‖ 学生)，比特',
	'dist.teacherLine': '教师',
	'dist.stepTable': '三个学生的每一步',
	'dist.col.step': '步',
	'dist.col.loss': '损失：{name}',
	'dist.col.acc': '准确率：{name}',
	'dist.col.kl': 'KL（比特）：{name}',
	'dist.col.student': '学生',
	'dist.col.size': '迁移点数',
	'dist.col.range': '范围：{name}',
	'dist.readTable': '学生的当前状态',
	'dist.sweepTitle': '3 · 准确率与迁移点数',
	'dist.sweepAbout':
		'对每个迁移点数，从教师的点中按随机种子抽取 {resamples} 个子集，在每个子集上像上面一样训练三个学生 {steps} 步，并在同样的测试点上评分。线：平均值；带：最低到最高。',
	'dist.sweepPending': '正在后台 worker 中扫描……{pct}',
	'dist.sweepWaiting': '教师训练完后扫描才开始。',
	'dist.sweepLabel': '各学生的平均测试准确率与迁移点数',
	'dist.sweepAxis': '迁移点数（对数刻度）',
	'dist.sweepReadout':
		'{small} 个点时：硬标签 {hardSmall}，软目标 {softSmall}，混合 {mixSmall}。{large} 个点时：硬标签 {hardLarge}，软目标 {softLarge}，混合 {mixLarge}。',
	'dist.sweepTable': '扫描的数值',
	'dist.honest':
		'这是什么：一个二维的小例子，网络只有几十到一千来个权重，由随机种子在你的浏览器里训练。蒸馏 LLM 用的是同样的损失，但词表有几万个词元，教师和学生大几十亿倍；能推广过去的道理是：软目标每个样本携带的信息比标签多（Hinton 等 2015 年第 6 节只用 3% 的数据、借助软目标训练了一个语音模型）。',
	'dist.failed': '计算因错误而停止：{error}'
};

export const distillationStrings = strings(en, zh);
export const t = translator(controls, distillationStrings);
