/** Strings of the transformers-vs-seq2seq demo (question 17). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';

const en = {
	'ts.intro':
		'A recurrent (RNN) encoder reads a sentence one token at a time: step t needs the hidden state of step t − 1, so n tokens take n steps that cannot overlap, and what the first token says reaches the last only through every state in between. A self-attention layer processes all tokens in one step, each attending to every other directly. Below: the two on your sentence, their costs from the formulas, and both timed on your own device.',
	'ts.example': 'The agreement on the European Economic Area was signed in August 1992.',
	'ts.exampleZh': '欧洲经济区协议于 1992 年 8 月签署。',
	'ts.timelineTitle': '1. One step after another, or all at once',
	'ts.step': 'Time step',
	'ts.empty': 'The sentence has no tokens: type a few words.',
	'ts.clipped': 'The timeline draws the first {shown} of {n} tokens; the counts below use all {n}.',
	'ts.timelineLabel':
		'Timeline of {n} tokens at time step {step}: recurrent layer above, self-attention below',
	'ts.rnnLane': 'Recurrent layer: {step} of {n} tokens read',
	'ts.attLane': 'Self-attention: {done} of {n} tokens processed, in one step',
	'ts.pathRnn': 'Path from first to last token, RNN',
	'ts.pathAttention': 'Path from first to last token, self-attention',
	'ts.sequentialRnn': 'Sequential steps, RNN',
	'ts.sequentialAttention': 'Sequential steps, self-attention (per layer)',
	'ts.steps': '{k} steps',
	'ts.pathAbout':
		'With {n} tokens, the first token’s information passes through {k} hidden states to reach the last one in the RNN, and can fade or be overwritten on the way (the long-range problem); in self-attention the last token attends to the first directly (the arcs).',
	'ts.costsTitle': '2. The cost of one layer as n grows',
	'ts.costsAbout':
		'Vaswani et al. (2017), “Attention Is All You Need”, Table 1: per layer, self-attention costs O(n²·d) operations with O(1) sequential operations and O(1) maximum path length; a recurrent layer costs O(n·d²) with O(n) sequential operations and O(n) path length. Filled in for one Elman RNN layer (4·n·d² FLOPs) and one attention head of width d (8·n·d² for the Q, K, V and output projections plus 4·n²·d for the scores and the weighted sum).',
	'ts.width': 'Model width d',
	'ts.nAxis': 'tokens n',
	'ts.seqChart': 'Sequential operations per layer',
	'ts.seqAbout': 'The RNN needs n steps one after another; self-attention needs one, whatever n.',
	'ts.seqAxis': 'steps',
	'ts.flopsChart': 'FLOPs per layer, d = {d}',
	'ts.flopsAbout':
		'Attention does more arithmetic than the RNN at every length, but in one parallel step; its n²·d terms overtake its n·d² projections past n = {cross} (the dotted line), which is why long contexts are attention’s cost.',
	'ts.flopsAxis': 'FLOPs',
	'ts.rnn': 'Recurrent layer',
	'ts.attention': 'Self-attention layer',
	'ts.ruleKey': 'Grey dotted line: your sentence, n = {n}',
	'ts.costSummary': 'The formulas in numbers',
	'ts.costCaption': 'One layer of width d = {d}: sequential steps, FLOPs and path length',
	'ts.seqRnnCol': 'steps, RNN',
	'ts.seqAttCol': 'steps, attention',
	'ts.flopsRnnCol': 'FLOPs, RNN',
	'ts.flopsAttCol': 'FLOPs, attention',
	'ts.pathRnnCol': 'path, RNN',
	'ts.pathAttCol': 'path, attention',
	'ts.deviceTitle': '3. Timed on this device',
	'ts.deviceAbout':
		'A forward pass of one recurrent layer and one self-attention layer of the same width, in JavaScript, in a background worker so the page stays responsive: one warm-up pass, then {repeats} timed passes (performance.now) at each length; the median is drawn, the band runs from the fastest to the slowest.',
	'ts.measureWidth': 'Width of the timed layers',
	'ts.measure': 'Measure on this device',
	'ts.cancel': 'Cancel',
	'ts.measuring': 'Measuring… {pct} %',
	'ts.failed': 'The measurement failed: {error}',
	'ts.measured': 'Measured on this device at {time}, width {d}, median of {repeats} passes.',
	'ts.ratio': 'At n = {n}: recurrent {rnn}, self-attention {att}.',
	'ts.deviceChart': 'Measured time of one forward pass against n',
	'ts.deviceChartAbout':
		'Median of {repeats} passes per length (lines) and the range from fastest to slowest (bands), both axes logarithmic.',
	'ts.msAxis': 'ms per pass',
	'ts.deviceSummary': 'The measurements in numbers',
	'ts.deviceCaption': 'Milliseconds per forward pass: median of {repeats}, and the range',
	'ts.rnnRange': 'RNN range',
	'ts.attRange': 'attention range',
	'ts.deviceHonest':
		'What this measures: total work on one CPU core. JavaScript runs both layers on a single thread, so attention gets no credit here for being parallel: its extra arithmetic shows as extra time, and the RNN’s n sequential steps cost nothing beyond their arithmetic. On a GPU the picture turns: the RNN’s steps still run one after another, while attention’s n² scores are computed at once. Timings on a shared machine are noisy (see the bands); repeat the measurement before trusting a small difference.'
};

const zh: Record<keyof typeof en, string> = {
	'ts.intro':
		'循环（RNN）编码器一次读一个词元：第 t 步需要第 t − 1 步的隐藏状态，所以 n 个词元要走 n 步，而且这些步不能重叠；第一个词元的信息只能经过中间的每一个状态才能到达最后一个词元。自注意力层一步处理所有词元，每个词元直接关注其他所有词元。下面：两者作用在你的句子上，它们按公式计算的代价，以及在你自己的设备上计时。',
	'ts.example': 'The agreement on the European Economic Area was signed in August 1992.',
	'ts.exampleZh': '欧洲经济区协议于 1992 年 8 月签署。',
	'ts.timelineTitle': '1. 一步接一步，还是一次完成',
	'ts.step': '时间步',
	'ts.empty': '这个句子没有词元：请输入几个词。',
	'ts.clipped': '时间线只画出 {n} 个词元中的前 {shown} 个；下面的计数使用全部 {n} 个。',
	'ts.timelineLabel': '{n} 个词元在第 {step} 个时间步的时间线：上面是循环层，下面是自注意力',
	'ts.rnnLane': '循环层：已读 {n} 个词元中的 {step} 个',
	'ts.attLane': '自注意力：{n} 个词元中已处理 {done} 个，一步完成',
	'ts.pathRnn': '从第一个到最后一个词元的路径，RNN',
	'ts.pathAttention': '从第一个到最后一个词元的路径，自注意力',
	'ts.sequentialRnn': '顺序步数，RNN',
	'ts.sequentialAttention': '顺序步数，自注意力（每层）',
	'ts.steps': '{k} 步',
	'ts.pathAbout':
		'有 {n} 个词元时，在 RNN 中第一个词元的信息要经过 {k} 个隐藏状态才能到达最后一个，途中可能衰减或被覆盖（长距离依赖问题）；在自注意力中，最后一个词元直接关注第一个（图中的弧线）。',
	'ts.costsTitle': '2. 随 n 增长时一层的代价',
	'ts.costsAbout':
		'Vaswani 等（2017），“Attention Is All You Need”，表 1：每层自注意力的运算量为 O(n²·d)，顺序运算 O(1)，最大路径长度 O(1)；循环层的运算量为 O(n·d²)，顺序运算 O(n)，路径长度 O(n)。这里代入一个 Elman RNN 层（4·n·d² 次浮点运算）和一个宽度为 d 的注意力头（Q、K、V 和输出投影 8·n·d²，加上分数和加权求和 4·n²·d）。',
	'ts.width': '模型宽度 d',
	'ts.nAxis': '词元数 n',
	'ts.seqChart': '每层的顺序运算数',
	'ts.seqAbout': 'RNN 需要一步接一步的 n 步；自注意力只需一步，不论 n 多大。',
	'ts.seqAxis': '步数',
	'ts.flopsChart': '每层的浮点运算数，d = {d}',
	'ts.flopsAbout':
		'在每个长度上注意力做的算术都比 RNN 多，但只用一个并行步；当 n 超过 {cross}（点线）时，它的 n²·d 项超过 n·d² 的投影，这正是长上下文成为注意力代价的原因。',
	'ts.flopsAxis': '浮点运算数',
	'ts.rnn': '循环层',
	'ts.attention': '自注意力层',
	'ts.ruleKey': '灰色点线：你的句子，n = {n}',
	'ts.costSummary': '公式的数字',
	'ts.costCaption': '宽度 d = {d} 的一层：顺序步数、浮点运算数和路径长度',
	'ts.seqRnnCol': '步数，RNN',
	'ts.seqAttCol': '步数，注意力',
	'ts.flopsRnnCol': '浮点运算，RNN',
	'ts.flopsAttCol': '浮点运算，注意力',
	'ts.pathRnnCol': '路径，RNN',
	'ts.pathAttCol': '路径，注意力',
	'ts.deviceTitle': '3. 在这台设备上计时',
	'ts.deviceAbout':
		'同样宽度的一个循环层和一个自注意力层的一次前向计算，用 JavaScript 在后台线程中运行，页面保持响应：每个长度先预热一次，再计时 {repeats} 次（performance.now）；图中画出中位数，带表示从最快到最慢。',
	'ts.measureWidth': '计时的层宽度',
	'ts.measure': '在这台设备上测量',
	'ts.cancel': '取消',
	'ts.measuring': '正在测量… {pct} %',
	'ts.failed': '测量失败：{error}',
	'ts.measured': '于 {time} 在这台设备上测得，宽度 {d}，{repeats} 次的中位数。',
	'ts.ratio': 'n = {n} 时：循环层 {rnn}，自注意力 {att}。',
	'ts.deviceChart': '一次前向计算的实测时间随 n 的变化',
	'ts.deviceChartAbout':
		'每个长度 {repeats} 次的中位数（线）以及从最快到最慢的范围（带），两个坐标轴都是对数刻度。',
	'ts.msAxis': '每次毫秒数',
	'ts.deviceSummary': '测量的数字',
	'ts.deviceCaption': '每次前向计算的毫秒数：{repeats} 次的中位数及范围',
	'ts.rnnRange': 'RNN 范围',
	'ts.attRange': '注意力范围',
	'ts.deviceHonest':
		'这里测的是：一个 CPU 核心上的总工作量。JavaScript 在单个线程上运行两个层，所以注意力在这里得不到并行的好处：它多出的算术就表现为多出的时间，而 RNN 的 n 个顺序步除了算术本身并不额外花时间。在 GPU 上情况反过来：RNN 的各步仍须一步接一步，而注意力的 n² 个分数可以同时算出。共享机器上的计时有噪声（见范围带）；相信一个小差别之前请重复测量。'
};

export const transformersVsSeq2seq = strings(en, zh);
export const t = translator(transformersVsSeq2seq);
