/** Strings of the fine-tuning views the LoRA/QLoRA and PEFT demos share (model picker, memory bars). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';

const en = {
	'ft.model': 'Model',
	'ft.shape':
		'{layers} layers, d_model {dModel}, {heads} query heads ({kvHeads} key-value), head width {headDim}, MLP width {ffn}, vocabulary {vocab}',
	'ft.experts': ', {experts} experts per MLP',
	'ft.count': 'Parameters counted from this configuration: {count} (published: {published}).',
	'ft.source': 'Source:',
	'ft.memoryLabel': 'Training memory of {model} for each method, stacked by term',
	'ft.memoryAbout':
		'Mixed-precision Adam, as ZeRO counts it: each trained parameter holds a bf16 weight (2 bytes), a bf16 gradient (2) and fp32 optimiser state — master weight, momentum and variance (4 + 4 + 4); each frozen one only its weight. Activations, which grow with batch and sequence length, are not counted.',
	'ft.zero': 'Rajbhandari et al., ZeRO (2020), §3.1',
	'ft.frozenWeights': 'frozen weights',
	'ft.trainableWeights': 'trained weights',
	'ft.gradients': 'gradients',
	'ft.optimizer': 'optimiser states (Adam)',
	'ft.total': 'total',
	'ft.method': 'Method',
	'ft.fits': 'Fits on one',
	'ft.fitsNone': 'no single GPU here',
	'ft.gpuLine': '{gb} GB',
	'ft.tableSummary': 'Memory in numbers',
	'ft.tableCaption': 'Training memory by term for {model}',
	'ft.formulaRow':
		'{method}: {frozenBytes} B × {frozen} frozen + {trainedBytes} B × {trainable} trained = {total}',
	'ft.formulaFull': '{method}: {trainedBytes} B × {trainable} trained = {total}',
	'ft.gpuNote': 'Dashed lines: the memory of one {gpus}.',
	'ft.memoryAxis': 'memory',
	'ft.targets': 'Matrices LoRA adapts in every layer',
	'ft.target.q': 'W_q (queries)',
	'ft.target.k': 'W_k (keys)',
	'ft.target.v': 'W_v (values)',
	'ft.target.o': 'W_o (attention output)',
	'ft.target.mlp': 'MLP (all its matrices)',
	'ft.rank': 'LoRA rank r'
};

const zh: Record<keyof typeof en, string> = {
	'ft.model': '模型',
	'ft.shape':
		'{layers} 层，d_model {dModel}，{heads} 个查询头（{kvHeads} 个键值头），头宽 {headDim}，MLP 宽度 {ffn}，词表 {vocab}',
	'ft.experts': '，每个 MLP {experts} 个专家',
	'ft.count': '按这个配置算出的参数量：{count}（公布值：{published}）。',
	'ft.source': '来源：',
	'ft.memoryLabel': '{model} 用各方法训练时的内存，按各项堆叠',
	'ft.memoryAbout':
		'按 ZeRO 的算法计混合精度 Adam：每个受训参数存一份 bf16 权重（2 字节）、一份 bf16 梯度（2 字节）和 fp32 优化器状态——主权重、动量和方差（4 + 4 + 4 字节）；每个冻结参数只存它的权重。随批大小和序列长度增长的激活值不计在内。',
	'ft.zero': 'Rajbhandari 等，ZeRO（2020），§3.1',
	'ft.frozenWeights': '冻结的权重',
	'ft.trainableWeights': '受训的权重',
	'ft.gradients': '梯度',
	'ft.optimizer': '优化器状态（Adam）',
	'ft.total': '合计',
	'ft.method': '方法',
	'ft.fits': '单卡可容纳',
	'ft.fitsNone': '这里没有一张卡放得下',
	'ft.gpuLine': '{gb} GB',
	'ft.tableSummary': '内存的具体数值',
	'ft.tableCaption': '{model} 各项训练内存',
	'ft.formulaRow':
		'{method}：{frozenBytes} B × {frozen} 冻结 + {trainedBytes} B × {trainable} 受训 = {total}',
	'ft.formulaFull': '{method}：{trainedBytes} B × {trainable} 受训 = {total}',
	'ft.gpuNote': '虚线：单张 {gpus} 的内存。',
	'ft.memoryAxis': '内存',
	'ft.targets': 'LoRA 在每层适配的矩阵',
	'ft.target.q': 'W_q（查询）',
	'ft.target.k': 'W_k（键）',
	'ft.target.v': 'W_v（值）',
	'ft.target.o': 'W_o（注意力输出）',
	'ft.target.mlp': 'MLP（其全部矩阵）',
	'ft.rank': 'LoRA 的秩 r'
};

export const fineTuning = strings(en, zh);
export const t = translator(fineTuning);
