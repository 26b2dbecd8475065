/** Strings of the PEFT demo (question 35). */
import { fineTuning } from '$lib/components/fine-tuning/strings';
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';

const en = {
	'peft.intro':
		'Parameter-efficient fine-tuning trains a small set of parameters and freezes the rest. Each count below is computed from the chosen model’s configuration, with its formula and the model’s numbers filled in. Because the pretrained weights stay as they are, removing what was trained gives back the original model exactly.',
	'peft.countTitle': 'Trainable and frozen parameters',
	'peft.memoryTitle': 'Memory to train with each method',
	'peft.bottleneck': 'Adapter bottleneck m',
	'peft.prefix': 'Prefix length p',
	'peft.prompt': 'Virtual tokens n (prompt tuning)',
	'peft.method.full': 'Full fine-tuning',
	'peft.method.lora': 'LoRA',
	'peft.method.adapter': 'Adapters (Houlsby)',
	'peft.method.prefix': 'Prefix tuning',
	'peft.method.prompt': 'Prompt tuning',
	'peft.method.bitfit': 'BitFit',
	'peft.method.ia3': '(IA)³',
	'peft.what.full': 'every weight of the model',
	'peft.what.lora': 'low-rank matrices B and A beside the chosen frozen matrices',
	'peft.what.adapter': 'two small bottleneck networks (d → m → d) inserted in every layer',
	'peft.what.prefix': 'a learned key and value for p extra positions in every layer',
	'peft.what.prompt': 'n learned input embeddings put before the text',
	'peft.what.bitfit': 'only the model’s bias terms',
	'peft.what.ia3':
		'three learned vectors per layer that rescale keys, values and the MLP’s hidden units',
	'peft.trainable': 'trainable',
	'peft.frozen': 'frozen',
	'peft.share': '{share} of the model',
	'peft.chartLabel': 'Trainable parameters of each method for {model}, on a log scale',
	'peft.chartAxis': 'trainable parameters (log scale)',
	'peft.none': 'none',
	'peft.noBias':
		'{model} has no bias terms (its linear layers have none and RMSNorm has only a gain), so BitFit has nothing to train here. Pick GPT-2 or GPT-3 to see it.',
	'peft.noTargets': 'LoRA has no matrix chosen, so it trains nothing. Tick at least one.',
	'peft.tableSummary': 'Parameter counts in numbers',
	'peft.tableCaption': 'Trainable and frozen parameters of each method for {model}',
	'peft.method': 'Method',
	'peft.formula': 'Formula',
	'peft.sources':
		'Methods: LoRA, Hu et al. (2021); adapters, Houlsby et al. (2019); prefix tuning, Li & Liang (2021), counted as the PEFT library stores it (without the training-time MLP); prompt tuning, Lester et al. (2021); BitFit, Ben Zaken et al. (2022); (IA)³, Liu et al. (2022). The unit tests check these formulas against counts the LoRA paper and the PEFT library publish.',
	'peft.forgetting':
		'Why this limits forgetting: the frozen weights cannot drift, and what a method can change is bounded by what it trains. It does not rule forgetting out: with the adapter switched on, the model can still lose abilities it had (Biderman et al., 2024, found LoRA forgets less than full fine-tuning, and also learns less).'
};

const zh: Record<keyof typeof en, string> = {
	'peft.intro':
		'参数高效微调只训练一小部分参数，其余的冻结。下面每个数都按所选模型的配置算出，并给出代入了模型数值的公式。预训练权重保持原样，所以去掉训练出来的部分，就能原样找回原来的模型。',
	'peft.countTitle': '可训练参数与冻结参数',
	'peft.memoryTitle': '各方法训练所需的内存',
	'peft.bottleneck': '适配器瓶颈宽度 m',
	'peft.prefix': '前缀长度 p',
	'peft.prompt': '虚拟词元数 n（提示调优）',
	'peft.method.full': '全参数微调',
	'peft.method.lora': 'LoRA',
	'peft.method.adapter': '适配器（Houlsby）',
	'peft.method.prefix': '前缀调优',
	'peft.method.prompt': '提示调优',
	'peft.method.bitfit': 'BitFit',
	'peft.method.ia3': '(IA)³',
	'peft.what.full': '模型的每一个权重',
	'peft.what.lora': '在所选的冻结矩阵旁加上低秩矩阵 B 和 A',
	'peft.what.prefix': '每层为 p 个额外位置学习一个键和一个值',
	'peft.what.adapter': '每层插入两个小的瓶颈网络（d → m → d）',
	'peft.what.prompt': '放在文本前面的 n 个可学习的输入嵌入',
	'peft.what.bitfit': '只训练模型的偏置项',
	'peft.what.ia3': '每层三个可学习的向量，分别缩放键、值和 MLP 的隐藏单元',
	'peft.trainable': '可训练',
	'peft.frozen': '冻结',
	'peft.share': '占模型的 {share}',
	'peft.chartLabel': '{model} 上各方法的可训练参数量（对数刻度）',
	'peft.chartAxis': '可训练参数量（对数刻度）',
	'peft.none': '无',
	'peft.noBias':
		'{model} 没有偏置项（线性层不带偏置，RMSNorm 只有增益），所以 BitFit 在这里没有可训练的参数。选 GPT-2 或 GPT-3 可以看到它。',
	'peft.noTargets': 'LoRA 没有选中任何矩阵，所以什么也不训练。请至少勾选一个。',
	'peft.tableSummary': '参数量的具体数值',
	'peft.tableCaption': '{model} 上各方法的可训练参数与冻结参数',
	'peft.method': '方法',
	'peft.formula': '公式',
	'peft.sources':
		'方法出处：LoRA，Hu 等（2021）；适配器，Houlsby 等（2019）；前缀调优，Li 和 Liang（2021），按 PEFT 库的存储方式计数（不含训练时的 MLP）；提示调优，Lester 等（2021）；BitFit，Ben Zaken 等（2022）；(IA)³，Liu 等（2022）。单元测试用 LoRA 论文和 PEFT 库公布的参数量检验这些公式。',
	'peft.forgetting':
		'它为什么能减轻遗忘：冻结的权重不会漂移，一种方法能改变的东西也受它训练的参数所限。但这并不能杜绝遗忘：接上适配器后，模型仍可能失去原有的能力（Biderman 等，2024，发现 LoRA 比全参数微调遗忘得少，但学到的也少）。'
};

export const peft = strings(en, zh);
export const t = translator(fineTuning, peft);
