/** Strings of the eigenvectors and PCA demo (question 28). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';
import { controls } from '$lib/components/controls/strings';

const en = {
	'pca.intro':
		'A cloud of 2-D points and its covariance matrix C. The eigenvectors of C are the directions the cloud spreads along; each eigenvalue λ is the variance along its eigenvector. Drag the points, add some, and watch the directions follow.',
	'pca.presets': 'Start from',
	'pca.preset.correlated': 'Correlated',
	'pca.preset.round': 'Round',
	'pca.preset.clusters': 'Two clusters',
	'pca.handPlaced': 'Hand-placed points ({n})',
	'pca.clear': 'Clear all points',
	'pca.n': 'Points in the sample',
	'pca.sx': 'Spread along x (σₓ)',
	'pca.sy': 'Spread along y (σᵧ)',
	'pca.rho': 'Correlation ρ',
	'pca.gap': 'Distance between the clusters',
	'pca.sampleNote':
		'A seeded sample: the same seed draws the same points. Moving a slider draws a new sample and drops hand edits.',
	'pca.showProjection': 'Project onto the first component',
	'pca.plotLabel': 'Point cloud of {n} points with its principal axes',
	'pca.plotAbout':
		'Each dot is a point. Arrows from the mean are the eigenvectors of the covariance, each as long as the square root of its eigenvalue (one standard deviation); the dashed ellipse is where that covariance puts one standard deviation in every direction.',
	'pca.plotKeys':
		'Point cloud: arrow keys move the selected point (Shift for bigger steps), [ and ] select another, Delete removes it, + adds one',
	'pca.plotHint':
		'Drag a point, click empty space to add one. From the keyboard: focus the plot, then arrow keys move the selected point (Shift: bigger steps), [ ] select another, Delete removes it, + adds one.',
	'pca.selected': 'Point {i} of {n} at ({x}, {y})',
	'pca.axisLabel': '√λ{k}·v{k}',
	'pca.legend':
		'Orange: √λ₁·v₁, the first component. Green: √λ₂·v₂. Purple: the power iteration’s current vector. With the projection on, each point drops onto the first component’s line (hollow dots) and the grey segment is what is lost.',
	'pca.none': 'No points: click the plot to add some, or pick a preset.',
	'pca.one': 'One point has no spread, so there is nothing to find yet: add another.',
	'pca.flat': 'All points sit in the same place: no direction has any variance.',
	'pca.tie':
		'λ₁ and λ₂ are nearly equal: the cloud is round, every direction is (almost) an eigenvector, so the first component is barely defined and power iteration hardly turns.',
	'pca.full': 'At most {max} points.',
	'pca.droppedHalf': 'The link’s point list had an odd count of numbers; the last one was dropped.',
	'pca.covTitle': 'Covariance matrix and its eigenvectors',
	'pca.covAbout':
		'C = Σ (x − μ)(x − μ)ᵀ / (n − 1): on the diagonal the variance along x and along y, off it how x and y move together.',
	'pca.covCaption': 'C for the {n} points',
	'pca.eigenCaption': 'Eigenvalues and eigenvectors of C, largest first',
	'pca.col.component': 'Component',
	'pca.col.lambda': 'λ (variance)',
	'pca.col.share': 'Share of variance',
	'pca.col.vector': 'Eigenvector v',
	'pca.col.sqrt': '√λ (arrow length)',
	'pca.pc': 'PC{k}',
	'pca.check':
		'Check: C·v₁ = ({cx}, {cy}) and λ₁·v₁ = ({lx}, {ly}). Multiplying by C only stretches an eigenvector.',
	'pca.sharesLabel': 'Share of the variance each component explains',
	'pca.sharesAbout': 'Bars: λₖ / (λ₁ + λ₂), the explained variance ratio of each component.',
	'pca.reduce':
		'Keep one number per point instead of two: its coordinate along v₁. That keeps {kept} % of the variance.',
	'pca.error':
		'Reconstruction error Σ‖x − x̂‖² / (n − 1) = {error}, and λ₂ = {l2}: the variance left out is exactly the error. No other direction leaves less.',
	'pca.powerTitle': 'Power iteration: finding v₁ by multiplying',
	'pca.powerAbout':
		'Start from any unit vector b₀ and repeat bₖ₊₁ = C·bₖ / ‖C·bₖ‖. Each multiplication stretches the part along v₁ by λ₁ and the part along v₂ by λ₂, so bₖ turns towards v₁, the angle’s tangent shrinking by λ₂/λ₁ per step. For large matrices, refinements of this idea (Lanczos, randomized methods) find the top few eigenvectors without computing all of them.',
	'pca.b0': 'Start vector b₀ at angle',
	'pca.steps': 'Power iteration steps',
	'pca.bk': 'b{k}',
	'pca.rayleigh': 'Rayleigh quotient bₖᵀ·C·bₖ',
	'pca.lambda1': 'λ₁ (Jacobi)',
	'pca.angle': 'Angle to v₁',
	'pca.ratio': 'λ₂ / λ₁',
	'pca.stuck':
		'b₀ is at right angles to v₁, so C·b₀ has no part along v₁ to grow: the iteration stays on v₂. Any other start converges.',
	'pca.convergenceLabel': 'Angle between bₖ and v₁ at each step',
	'pca.convergenceAbout':
		'Dots: the angle measured after each step (log scale). Dashed line: atan(tan θ₀ · (λ₂/λ₁)ᵏ), the rate theory predicts.',
	'pca.stepAxis': 'step k',
	'pca.angleAxis': 'angle (°)',
	'pca.powerTable': 'Numbers of each step',
	'pca.powerCaption': 'Power iteration from b₀ at {deg}°',
	'pca.col.step': 'k',
	'pca.col.angle': 'Angle to v₁ (°)',
	'pca.col.predicted': 'Predicted (°)',
	'pca.wordsTitle': 'The guide’s own word vectors, seen in 2-D',
	'pca.wordsAbout':
		'Every word below has a 32-number vector built from the guide’s own text (co-occurrence counts → PPMI → a rank-32 factorisation; the attention pages use the same vectors). PCA of the chosen words’ vectors keeps the two directions along which they differ most, and plots each word there. Words used in similar company tend to land near each other.',
	'pca.wordsHonest':
		'These are count-based vectors from a small text, not a trained LLM’s embeddings, and a 2-D picture keeps only the share of variance shown under it: words that look close may differ along the other 30 directions. LLMs do not run PCA on their inputs; people use it to look at embeddings like this.',
	'pca.words': 'Words',
	'pca.wordsHint': '{n} words, separated by spaces or commas; the first {max} are used',
	'pca.wordExamples': 'Word sets',
	'pca.wordSet.terms': 'Attention and training',
	'pca.wordSet.models': 'Models and tasks',
	'pca.wordSet.chinese': 'Chinese words',
	'pca.loading': 'Building the word vectors from the guide’s text…',
	'pca.unknownWords': 'Not in the guide’s vocabulary (left out): {words}',
	'pca.tooFewWords': 'PCA of words needs at least three words the guide uses; {n} found.',
	'pca.droppedWords': '{n} more words were left out.',
	'pca.wordPlotLabel': '{n} words on their first two principal components',
	'pca.wordPlotAbout': 'Each word at its coordinates along the first (x) and second (y) component.',
	'pca.wordShares': 'The first two components keep {share} % of these words’ variance.',
	'pca.wordSharesLabel': 'Share of variance per component of the word vectors',
	'pca.wordTable': 'Coordinates of each word',
	'pca.wordCaption': 'Each word’s coordinates on PC1 and PC2',
	'pca.col.word': 'Word'
};

const zh: Record<keyof typeof en, string> = {
	'pca.intro':
		'一团二维点和它的协方差矩阵 C。C 的特征向量是这团点散开的方向；每个特征值 λ 是沿对应特征向量的方差。拖动这些点、再添几个，看这些方向怎样跟着变。',
	'pca.presets': '从这里开始',
	'pca.preset.correlated': '相关',
	'pca.preset.round': '圆形',
	'pca.preset.clusters': '两个簇',
	'pca.handPlaced': '手动放置的点（{n} 个）',
	'pca.clear': '清除所有点',
	'pca.n': '样本中的点数',
	'pca.sx': '沿 x 的散布（σₓ）',
	'pca.sy': '沿 y 的散布（σᵧ）',
	'pca.rho': '相关系数 ρ',
	'pca.gap': '两个簇之间的距离',
	'pca.sampleNote':
		'这是用随机种子生成的样本：同一个种子得到同样的点。移动滑块会重新采样，手动的修改随之丢弃。',
	'pca.showProjection': '投影到第一主成分上',
	'pca.plotLabel': '{n} 个点组成的点云及其主轴',
	'pca.plotAbout':
		'每个圆点是一个点。从均值出发的箭头是协方差矩阵的特征向量，长度为对应特征值的平方根（一个标准差）；虚线椭圆是这个协方差在各个方向上一个标准差所到之处。',
	'pca.plotKeys':
		'点云：方向键移动选中的点（按住 Shift 步子更大），[ 和 ] 选择另一个点，Delete 删除它，+ 添加一个点',
	'pca.plotHint':
		'拖动一个点，点击空白处添加一个点。用键盘：先聚焦图表，方向键移动选中的点（Shift：更大的步子），[ ] 选择另一个点，Delete 删除，+ 添加。',
	'pca.selected': '第 {i} / {n} 个点，位于 ({x}, {y})',
	'pca.axisLabel': '√λ{k}·v{k}',
	'pca.legend':
		'橙色：√λ₁·v₁，第一主成分。绿色：√λ₂·v₂。紫色：幂迭代当前的向量。打开投影后，每个点落到第一主成分所在的直线上（空心点），灰色线段是丢掉的部分。',
	'pca.none': '没有点：点击图表添加一些，或选一个预设。',
	'pca.one': '一个点没有散布，还找不到任何方向：再添一个点。',
	'pca.flat': '所有点都在同一位置：任何方向上的方差都为 0。',
	'pca.tie':
		'λ₁ 和 λ₂ 几乎相等：点云是圆的，每个方向（几乎）都是特征向量，所以第一主成分几乎无从确定，幂迭代也几乎不转动。',
	'pca.full': '最多 {max} 个点。',
	'pca.droppedHalf': '链接中的点列表有奇数个数，最后一个已被舍去。',
	'pca.covTitle': '协方差矩阵及其特征向量',
	'pca.covAbout':
		'C = Σ (x − μ)(x − μ)ᵀ / (n − 1)：对角线上是沿 x 和沿 y 的方差，对角线外是 x 与 y 一起变化的程度。',
	'pca.covCaption': '这 {n} 个点的 C',
	'pca.eigenCaption': 'C 的特征值和特征向量，从大到小',
	'pca.col.component': '主成分',
	'pca.col.lambda': 'λ（方差）',
	'pca.col.share': '方差占比',
	'pca.col.vector': '特征向量 v',
	'pca.col.sqrt': '√λ（箭头长度）',
	'pca.pc': 'PC{k}',
	'pca.check': '验证：C·v₁ = ({cx}, {cy})，λ₁·v₁ = ({lx}, {ly})。乘以 C 只会把特征向量拉长或缩短。',
	'pca.sharesLabel': '每个主成分解释的方差占比',
	'pca.sharesAbout': '条形：λₖ / (λ₁ + λ₂)，即每个主成分的方差解释率。',
	'pca.reduce': '每个点只保留一个数而不是两个：它沿 v₁ 的坐标。这样保留了 {kept} % 的方差。',
	'pca.error':
		'重建误差 Σ‖x − x̂‖² / (n − 1) = {error}，而 λ₂ = {l2}：被舍弃的方差恰好等于误差。没有哪个方向丢得更少。',
	'pca.powerTitle': '幂迭代：靠反复相乘找到 v₁',
	'pca.powerAbout':
		'从任意单位向量 b₀ 出发，重复 bₖ₊₁ = C·bₖ / ‖C·bₖ‖。每乘一次，沿 v₁ 的分量被放大 λ₁ 倍，沿 v₂ 的分量被放大 λ₂ 倍，所以 bₖ 逐渐转向 v₁，夹角的正切每步缩小为原来的 λ₂/λ₁。对于大矩阵，这一思路的改进版（Lanczos 方法、随机化方法）只求最大的几个特征向量，而不必把所有特征向量都算出来。',
	'pca.b0': '起始向量 b₀ 的角度',
	'pca.steps': '幂迭代步数',
	'pca.bk': 'b{k}',
	'pca.rayleigh': '瑞利商 bₖᵀ·C·bₖ',
	'pca.lambda1': 'λ₁（雅可比方法）',
	'pca.angle': '与 v₁ 的夹角',
	'pca.ratio': 'λ₂ / λ₁',
	'pca.stuck':
		'b₀ 与 v₁ 垂直，C·b₀ 中没有沿 v₁ 的分量可以放大：迭代一直停在 v₂ 上。换任何其他起点都会收敛。',
	'pca.convergenceLabel': '每一步 bₖ 与 v₁ 的夹角',
	'pca.convergenceAbout':
		'圆点：每步之后实测的夹角（对数刻度）。虚线：atan(tan θ₀ · (λ₂/λ₁)ᵏ)，理论预测的速度。',
	'pca.stepAxis': '步数 k',
	'pca.angleAxis': '夹角（°）',
	'pca.powerTable': '每一步的数值',
	'pca.powerCaption': '从 {deg}° 处的 b₀ 出发的幂迭代',
	'pca.col.step': 'k',
	'pca.col.angle': '与 v₁ 的夹角（°）',
	'pca.col.predicted': '预测值（°）',
	'pca.wordsTitle': '本指南自己的词向量，在二维中看',
	'pca.wordsAbout':
		'下面每个词都有一个由本指南文本构建的 32 维向量（共现计数 → PPMI → 秩为 32 的分解；注意力页面用的也是这些向量）。对所选词的向量做 PCA，保留它们差别最大的两个方向，并把每个词画在那里。出现在相似上下文中的词往往落得很近。',
	'pca.wordsHonest':
		'这些是从一小段文本统计出来的向量，不是训练好的 LLM 的嵌入；二维图只保留了下方所示的那部分方差：看起来很近的词，在另外 30 个方向上可能相差很远。LLM 并不对输入做 PCA；人们用它来观察这样的嵌入。',
	'pca.words': '词',
	'pca.wordsHint': '{n} 个词，用空格或逗号分隔；只用前 {max} 个',
	'pca.wordExamples': '词组',
	'pca.wordSet.terms': '注意力与训练',
	'pca.wordSet.models': '模型与任务',
	'pca.wordSet.chinese': '中文词',
	'pca.loading': '正在用本指南的文本构建词向量……',
	'pca.unknownWords': '不在本指南的词表中（已略去）：{words}',
	'pca.tooFewWords': '对词做 PCA 至少需要三个本指南用过的词；只找到 {n} 个。',
	'pca.droppedWords': '另有 {n} 个词被略去。',
	'pca.wordPlotLabel': '{n} 个词在前两个主成分上的位置',
	'pca.wordPlotAbout': '每个词位于它沿第一主成分（x）和第二主成分（y）的坐标处。',
	'pca.wordShares': '前两个主成分保留了这些词 {share} % 的方差。',
	'pca.wordSharesLabel': '词向量每个主成分的方差占比',
	'pca.wordTable': '每个词的坐标',
	'pca.wordCaption': '每个词在 PC1 和 PC2 上的坐标',
	'pca.col.word': '词'
};

export const pcaStrings = strings(en, zh);
export const t = translator(controls, pcaStrings);
