/** Strings of the LoRA and QLoRA demo (question 4). */
import { fineTuning } from '$lib/components/fine-tuning/strings';
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';

const en = {
	'lora.countTitle': 'W frozen, ΔW = BA: what LoRA trains',
	'lora.countIntro':
		'LoRA freezes each weight matrix W (d_out × d_in) and learns its change as a product of two thin matrices, ΔW = BA, with B of d_out × r and A of r × d_in, so the layer computes h = Wx + BAx. Only A and B are trained: r · (d_in + d_out) numbers instead of d_in · d_out. QLoRA trains the same A and B over a copy of W stored in 4-bit NF4.',
	'lora.perMatrix':
		'{target}: {n} × r · (d_in + d_out) = {n} × {r} × ({dIn} + {dOut}) = {count}, against {full} for the matrices themselves ({share})',
	'lora.total':
		'In all: layers × per layer = {layers} × {perLayer} = {total} trainable parameters, {share} of the model’s {model}.',
	'lora.noTargets': 'No matrix is chosen, so LoRA trains nothing. Tick at least one.',
	'lora.full': 'Full fine-tuning',
	'lora.lora': 'LoRA',
	'lora.qlora': 'QLoRA',
	'lora.memoryTitle': 'Memory to train it',
	'lora.qloraNote':
		'QLoRA stores the frozen weights in NF4 with double quantisation: {bits} bits, {bytes} bytes each (section 3 below shows where that comes from). It also pages optimiser states to CPU memory when the GPU runs short, which this count leaves out. The QLoRA paper fine-tunes a 65B model on one 48 GB GPU.',
	'lora.svdTitle': 'Why a low rank can be enough: the best rank-k approximation',
	'lora.svdIntro':
		'A synthetic update ΔW of {n} × {n} whose strength falls off from one direction to the next (a stand-in drawn with the seed below, not an update from a real fine-tuning run). Its singular value decomposition ΔW = U Σ Vᵀ, truncated to the k largest singular values, is the rank-k matrix nearest to ΔW: no product BA of rank k comes closer (Eckart–Young). LoRA learns B and A by gradient descent rather than by SVD, but it can only ever reach what a rank-r matrix can express.',
	'lora.k': 'Rank k of the approximation',
	'lora.decay': 'Decay of the update’s strength per direction',
	'lora.update': 'ΔW',
	'lora.approx': 'ΔW_k (rank {k})',
	'lora.residual': 'ΔW − ΔW_k',
	'lora.cell': 'row {row}, column {col}: {value}',
	'lora.heatLabel': '{name}, {n} × {n}',
	'lora.errorLabel': 'Relative error of the best rank-k approximation against k',
	'lora.errorAxis': 'error ‖ΔW − ΔW_k‖ / ‖ΔW‖',
	'lora.kAxis': 'rank k',
	'lora.eckart':
		'Eckart–Young: ‖ΔW − ΔW_k‖_F = √(σ²_{next} + … + σ²_{n}) = √{tail} = {fromSigma}; measured entry by entry: {measured}.',
	'lora.eckartAll': 'At k = {n} nothing is dropped: ‖ΔW − ΔW_k‖_F = 0 (measured: {measured}).',
	'lora.keeps':
		'Rank {k} keeps k · (n + n) = {kept} numbers of the {all} in ΔW and leaves {share} of its norm.',
	'lora.sigmaSummary': 'Singular values and errors in numbers',
	'lora.sigmaCaption': 'Singular values of ΔW and the error of the best rank-k approximation',
	'lora.sigma': 'σ_k',
	'lora.errorCol': 'error at rank k',
	'lora.nf4Title': 'QLoRA’s 4-bit NormalFloat (NF4)',
	'lora.nf4Intro':
		'{count} weights drawn from a normal distribution (mean 0, spread 0.02) with the seed above, cut into blocks. Each block is divided by its largest |w|, so it lies in [−1, 1], and each weight is stored as the nearest of 16 levels. NF4 places its levels at quantiles of the normal distribution, so each is used about equally; uniform (absmax) 4-bit spaces 15 levels evenly, so the crowded middle gets few of them and the sparse tails many.',
	'lora.block': 'Block size',
	'lora.histLabel':
		'Histogram of {count} weights divided by their block’s absmax, with the 16 NF4 levels and the 15 uniform 4-bit levels',
	'lora.histAxis': 'weight / block absmax',
	'lora.countAxis': 'weights',
	'lora.nf4Levels': 'NF4 levels',
	'lora.uniformLevels': 'uniform 4-bit levels',
	'lora.errNf4': 'Error of NF4 (RMS)',
	'lora.errUniform': 'Error of uniform 4-bit (RMS)',
	'lora.errRatio': 'NF4’s error is {ratio} of uniform 4-bit’s on these weights.',
	'lora.bits': 'Bits per weight',
	'lora.bitsSingle': '4 + 32 / {b} = {bits}: a 32-bit scale per block of {b}',
	'lora.bitsDouble':
		'4 + 8 / {b} + 32 / ({b} × 256) = {bits}: with double quantisation, each scale in 8 bits and one 32-bit scale per 256 of them',
	'lora.levelSummary': 'Levels and how many weights each holds',
	'lora.levelCaption':
		'NF4 and uniform 4-bit levels and the number of weights at each, block size {b}',
	'lora.level': 'Code',
	'lora.nf4Value': 'NF4 level',
	'lora.nf4Use': 'weights at it',
	'lora.uniformValue': 'uniform level',
	'lora.uniformUse': 'weights at it',
	'lora.unused': 'unused'
};

const zh: Record<keyof typeof en, string> = {
	'lora.countTitle': 'W 冻结，ΔW = BA：LoRA 训练的是什么',
	'lora.countIntro':
		'LoRA 冻结每个权重矩阵 W（d_out × d_in），把它的变化学成两个窄矩阵之积 ΔW = BA，其中 B 为 d_out × r，A 为 r × d_in，于是这一层计算 h = Wx + BAx。只训练 A 和 B：r · (d_in + d_out) 个数，而不是 d_in · d_out 个。QLoRA 训练同样的 A 和 B，但 W 的副本以 4 位 NF4 存储。',
	'lora.perMatrix':
		'{target}：{n} × r · (d_in + d_out) = {n} × {r} × ({dIn} + {dOut}) = {count}，矩阵本身为 {full}（{share}）',
	'lora.total':
		'合计：层数 × 每层 = {layers} × {perLayer} = {total} 个可训练参数，占模型 {model} 的 {share}。',
	'lora.noTargets': '没有选中任何矩阵，LoRA 就什么也不训练。请至少勾选一个。',
	'lora.full': '全参数微调',
	'lora.lora': 'LoRA',
	'lora.qlora': 'QLoRA',
	'lora.memoryTitle': '训练它需要的内存',
	'lora.qloraNote':
		'QLoRA 用 NF4 加双重量化存储冻结的权重：每个 {bits} 位，即 {bytes} 字节（下面第 3 部分说明它的来历）。GPU 内存不足时它还会把优化器状态分页到 CPU 内存，这里没有计入。QLoRA 论文在单个 48 GB GPU 上微调了 65B 的模型。',
	'lora.svdTitle': '为什么低秩可能就够了：最佳秩 k 近似',
	'lora.svdIntro':
		'一个 {n} × {n} 的合成更新 ΔW，它的强度从一个方向到下一个方向逐渐减弱（用下面的种子抽出的替身，不是真实微调得到的更新）。它的奇异值分解 ΔW = U Σ Vᵀ 截断到最大的 k 个奇异值，就是离 ΔW 最近的秩 k 矩阵：没有哪个秩为 k 的乘积 BA 更近（Eckart–Young 定理）。LoRA 用梯度下降而不是 SVD 学 B 和 A，但它能达到的也只是秩 r 矩阵能表达的东西。',
	'lora.k': '近似的秩 k',
	'lora.decay': '更新强度在各方向上的衰减',
	'lora.update': 'ΔW',
	'lora.approx': 'ΔW_k（秩 {k}）',
	'lora.residual': 'ΔW − ΔW_k',
	'lora.cell': '第 {row} 行第 {col} 列：{value}',
	'lora.heatLabel': '{name}，{n} × {n}',
	'lora.errorLabel': '最佳秩 k 近似的相对误差随 k 的变化',
	'lora.errorAxis': '误差 ‖ΔW − ΔW_k‖ / ‖ΔW‖',
	'lora.kAxis': '秩 k',
	'lora.eckart':
		'Eckart–Young：‖ΔW − ΔW_k‖_F = √(σ²_{next} + … + σ²_{n}) = √{tail} = {fromSigma}；逐个元素实测：{measured}。',
	'lora.eckartAll': 'k = {n} 时什么都没丢：‖ΔW − ΔW_k‖_F = 0（实测：{measured}）。',
	'lora.keeps': '秩 {k} 保留 k · (n + n) = {kept} 个数（ΔW 共 {all} 个），剩下其范数的 {share}。',
	'lora.sigmaSummary': '奇异值与误差的具体数值',
	'lora.sigmaCaption': 'ΔW 的奇异值与最佳秩 k 近似的误差',
	'lora.sigma': 'σ_k',
	'lora.errorCol': '秩 k 时的误差',
	'lora.nf4Title': 'QLoRA 的 4 位 NormalFloat（NF4）',
	'lora.nf4Intro':
		'用上面的种子从正态分布（均值 0，标准差 0.02）抽出 {count} 个权重，切成若干块。每块除以块内最大的 |w|，落在 [−1, 1] 内，每个权重存为 16 个等级中最近的一个。NF4 把等级放在正态分布的分位数上，使每个等级用到的次数大致相同；均匀（absmax）4 位量化把 15 个等级等距排开，于是拥挤的中部分到的等级少，稀疏的两端反而多。',
	'lora.block': '块大小',
	'lora.histLabel':
		'{count} 个权重除以所在块 absmax 后的直方图，以及 16 个 NF4 等级和 15 个均匀 4 位等级',
	'lora.histAxis': '权重 / 块 absmax',
	'lora.countAxis': '权重数',
	'lora.nf4Levels': 'NF4 等级',
	'lora.uniformLevels': '均匀 4 位等级',
	'lora.errNf4': 'NF4 的误差（均方根）',
	'lora.errUniform': '均匀 4 位的误差（均方根）',
	'lora.errRatio': '在这些权重上，NF4 的误差是均匀 4 位的 {ratio}。',
	'lora.bits': '每个权重的位数',
	'lora.bitsSingle': '4 + 32 / {b} = {bits}：每 {b} 个权重一个 32 位缩放因子',
	'lora.bitsDouble':
		'4 + 8 / {b} + 32 / ({b} × 256) = {bits}：双重量化，每个缩放因子用 8 位，每 256 个缩放因子再共用一个 32 位缩放因子',
	'lora.levelSummary': '各等级及其上的权重数',
	'lora.levelCaption': '块大小为 {b} 时 NF4 与均匀 4 位的等级及各等级上的权重数',
	'lora.level': '编码',
	'lora.nf4Value': 'NF4 等级',
	'lora.nf4Use': '权重数',
	'lora.uniformValue': '均匀等级',
	'lora.uniformUse': '权重数',
	'lora.unused': '未使用'
};

export const lora = strings(en, zh);
export const t = translator(fineTuning, lora);
