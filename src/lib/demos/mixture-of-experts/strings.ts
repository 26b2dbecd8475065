/** Strings of the mixture-of-experts demo (question 37). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';
import { controls } from '$lib/components/controls/strings';

const en = {
	'moe.intro':
		'A mixture-of-experts layer has E expert MLPs and a router. For every token the router scores the experts (a softmax over x·W), the token runs through the top k of them only, and their outputs are summed with the gate weights. Below, the router reads each token’s word vector from the guide’s own text; its gate matrix W is random from the seed until you train it.',
	'moe.routeTitle': 'Routing the tokens of a sentence',
	'moe.example': 'the router sends each word of this sentence to its own experts',
	'moe.exampleZh': '路由器把这个句子的每个词元分别送到不同的专家',
	'moe.exampleLong':
		'mixture of experts models activate only a few experts for each word so a model with many parameters computes like a much smaller one',
	'moe.empty': 'The sentence is empty: type a few words to route.',
	'moe.truncated':
		'The text has {total} tokens; the first {max} are routed, so that the table stays readable.',
	'moe.loading': 'Computing word vectors from the guide’s text…',
	'moe.unknown':
		'No word vector (the word is not in the guide’s text): {tokens}. Such a token reads as a zero vector, so its gate is uniform and it goes to the lowest-numbered experts.',
	'moe.experts': 'Experts E',
	'moe.k': 'Experts per token k',
	'moe.kOption': 'top-{k}',
	'moe.capacity': 'Capacity factor',
	'moe.alpha': 'Weight α of the balancing loss',
	'moe.kNote.1':
		'Top-1 (Switch Transformer): the token’s output is its expert’s output times the raw gate p_i(x).',
	'moe.kNote.2':
		'Top-2 (Mixtral, GShard): the two chosen gates are divided by their sum, so the weights add to 1.',
	'moe.tableCaption': 'Gate probabilities p_i(x) per token and expert; the chosen experts framed',
	'moe.token': 'Token',
	'moe.expert': 'E{i}',
	'moe.weights': 'Weights',
	'moe.droppedMark': 'dropped',
	'moe.cellChosen': '{token} → expert {i}: gate {p}, weight {w}',
	'moe.cellDropped': '{token} → expert {i}: gate {p}, dropped (expert full)',
	'moe.tableKey':
		'Framed: a chosen expert. Struck through in red: chosen, but the expert was already full, so the token skips it (its residual connection carries it on unchanged).',
	'moe.capacityFormula': 'capacity = ⌈{factor} · {tokens} · {k} / {e}⌉ = {c} tokens per expert',
	'moe.loadLabel': 'Tokens each expert received, and the capacity',
	'moe.loadAbout':
		'Bars: assignments per expert, filled up to the capacity (dashed line) and red above it, where tokens are dropped.',
	'moe.loadLegendKept': 'processed',
	'moe.loadLegendDropped': 'dropped (over capacity)',
	'moe.loadTable': 'The load’s numbers',
	'moe.col.expert': 'Expert',
	'moe.col.demand': 'Assigned',
	'moe.col.kept': 'Processed',
	'moe.col.dropped': 'Dropped',
	'moe.dropped':
		'{n} of {total} assignments dropped ({pct}). Raise the capacity factor to drop fewer; Switch Transformers used 1.0 to 1.25 in training.',
	'moe.noDrops': 'No token is dropped at this capacity.',
	'moe.balanceTitle': 'The load-balancing loss, computed live',
	'moe.balanceAbout':
		'Fedus et al. (2021, Switch Transformers, §2.2, eq. 4–6) add α · E · Σ f_i · P_i to the training loss: f_i is the share of tokens routed to expert i, P_i the mean gate probability of expert i. It is α when the tokens are spread evenly, and α · E when all go to one expert. f_i comes from the hard top-k choice and has no gradient; P_i has one, so the loss lowers the gates of the busy experts.',
	'moe.balanceTopK': 'With k = 2, f_i counts both choices of every token, divided by 2 · tokens.',
	'moe.col.f': 'f_i',
	'moe.col.P': 'P_i',
	'moe.col.fP': 'f_i · P_i',
	'moe.balanceTable': 'f_i and P_i per expert',
	'moe.balanceRange': 'Even routing gives {min}; everything on one expert {max}.',
	'moe.trainTitle': 'Train the router, with and without the balancing loss',
	'moe.trainAbout':
		'Two small mixtures from the same seeded start, trained side by side with Adam on the autodiff engine. The task: say which of the guide’s {topics} topics a word comes from (the topic of the question whose answer holds it). Each expert is a linear classifier of the word vector; the mixture’s prediction is the gate-weighted sum of its chosen experts’ outputs, scored by cross-entropy. One mixture trains on that loss alone, the other adds α · E · Σ f_i · P_i.',
	'moe.trainData':
		'{tokens} word occurrences drawn (seeded) from the guide’s answers, batches of {batch}, learning rate {lr}, {steps} steps; no capacity limit while training.',
	'moe.trainStatus': 'step {step} / {total}',
	'moe.trainLoading': 'Preparing the training tokens…',
	'moe.plain': 'Task loss only',
	'moe.balanced': 'Task + balancing loss',
	'moe.busiestLabel': 'Share of all assignments taken by the busiest expert, per step',
	'moe.busiestAbout':
		'Even routing would give every expert 1/E (dotted line). The higher the curve, the more the load sits on one expert.',
	'moe.step': 'Step',
	'moe.share': 'Busiest expert’s share',
	'moe.legendPlain': 'task loss only',
	'moe.legendBalanced': 'task + balancing loss',
	'moe.legendEven': '1/E (even)',
	'moe.trainLoadLabel': '{name}: each expert’s share of the training tokens at step {step}',
	'moe.trainReadout':
		'busiest expert {busiest}, idle experts {idle}, task loss {task}, balancing loss {aux}',
	'moe.trainTable': 'The training’s numbers',
	'moe.col.run': 'Run',
	'moe.col.busiest': 'Busiest share',
	'moe.col.idle': 'Experts with < 1 % of tokens',
	'moe.col.task': 'Task loss',
	'moe.col.aux': 'Balancing loss',
	'moe.trainHonest':
		'What to expect, and what this is not: the words of a topic are far from separable by a linear classifier, and the frequent words (the, of, is) appear in every topic, so the task loss stays high. Without the balancing term the router keeps, and with top-1 often sharpens, whatever imbalance the start and the frequent words give it; real models can collapse further, because experts that get more tokens train faster and then attract still more. With the term, the load evens out at little cost to the task loss. Switch Transformers used α = 0.01 on models with billions of parameters; this tiny run needs a larger α to show the effect within a few hundred steps.',
	'moe.modelsTitle': 'Parameters in all and per token, as published',
	'moe.modelsAbout':
		'Every expert’s weights must sit in memory, but each token computes with the shared layers and its k experts only: that is why a mixture of experts is cheap per token for its size.',
	'moe.col.model': 'Model',
	'moe.col.experts': 'Experts (per token)',
	'moe.col.total': 'In all',
	'moe.col.active': 'Per token (share)',
	'moe.notPublished': 'not published',
	'moe.expertsOf': '{e} ({k})',
	'moe.computed':
		'Computed from Mixtral’s released configuration (32 layers, 8 SwiGLU experts of width 14,336, top-2): {total} in all, {active} per token, matching the published 47B and 13B.',
	'moe.gpt4':
		'GPT-4: OpenAI has not published its size or architecture, so whether it is a mixture of experts, and how large, is unknown here.',
	'moe.sharedExperts':
		'DeepSeek’s models also have shared experts that every token uses; they are counted in the per-token figure.'
};

const zh: Record<keyof typeof en, string> = {
	'moe.intro':
		'混合专家层有 E 个专家 MLP 和一个路由器。对每个词元，路由器给各专家打分（对 x·W 做 softmax），词元只经过其中前 k 个专家，它们的输出按门控权重相加。下面的路由器读取每个词元在本指南文本上得到的词向量；在你训练它之前，门控矩阵 W 由随机种子随机生成。',
	'moe.routeTitle': '为一个句子的词元选路',
	'moe.example': 'the router sends each word of this sentence to its own experts',
	'moe.exampleZh': '路由器把这个句子的每个词元分别送到不同的专家',
	'moe.exampleLong':
		'mixture of experts models activate only a few experts for each word so a model with many parameters computes like a much smaller one',
	'moe.empty': '句子是空的：请输入几个词来选路。',
	'moe.truncated': '这段文本有 {total} 个词元；只对前 {max} 个选路，以便表格保持可读。',
	'moe.loading': '正在根据本指南的文本计算词向量……',
	'moe.unknown':
		'没有词向量（本指南文本中没有这个词）：{tokens}。这样的词元按零向量处理，门控是均匀的，于是被送到编号最小的专家。',
	'moe.experts': '专家数 E',
	'moe.k': '每个词元的专家数 k',
	'moe.kOption': 'top-{k}',
	'moe.capacity': '容量因子',
	'moe.alpha': '均衡损失的权重 α',
	'moe.kNote.1': 'Top-1（Switch Transformer）：词元的输出是其专家的输出乘以原始门控值 p_i(x)。',
	'moe.kNote.2': 'Top-2（Mixtral、GShard）：两个被选中的门控值除以它们的和，使权重之和为 1。',
	'moe.tableCaption': '每个词元对每个专家的门控概率 p_i(x)；被选中的专家加框',
	'moe.token': '词元',
	'moe.expert': 'E{i}',
	'moe.weights': '权重',
	'moe.droppedMark': '丢弃',
	'moe.cellChosen': '{token} → 专家 {i}：门控 {p}，权重 {w}',
	'moe.cellDropped': '{token} → 专家 {i}：门控 {p}，被丢弃（专家已满）',
	'moe.tableKey':
		'加框：被选中的专家。红色删除线：被选中，但该专家已满，所以词元跳过它（由残差连接原样传下去）。',
	'moe.capacityFormula': '容量 = ⌈{factor} · {tokens} · {k} / {e}⌉ = 每个专家 {c} 个词元',
	'moe.loadLabel': '每个专家收到的词元数，以及容量',
	'moe.loadAbout':
		'柱：每个专家收到的分配数，容量（虚线）以内照常处理，超出部分为红色，即被丢弃的词元。',
	'moe.loadLegendKept': '已处理',
	'moe.loadLegendDropped': '被丢弃（超出容量）',
	'moe.loadTable': '负载的数值',
	'moe.col.expert': '专家',
	'moe.col.demand': '分配数',
	'moe.col.kept': '已处理',
	'moe.col.dropped': '被丢弃',
	'moe.dropped':
		'{total} 个分配中有 {n} 个被丢弃（{pct}）。调高容量因子可以少丢一些；Switch Transformer 训练时用 1.0 到 1.25。',
	'moe.noDrops': '在这个容量下没有词元被丢弃。',
	'moe.balanceTitle': '负载均衡损失，实时计算',
	'moe.balanceAbout':
		'Fedus 等（2021，Switch Transformers，§2.2，式 4–6）在训练损失上加上 α · E · Σ f_i · P_i：f_i 是被送到专家 i 的词元比例，P_i 是专家 i 的平均门控概率。词元均匀分布时它等于 α，全部送到一个专家时等于 α · E。f_i 来自硬性的 top-k 选择，没有梯度；P_i 有梯度，所以这个损失会压低繁忙专家的门控值。',
	'moe.balanceTopK': 'k = 2 时，f_i 计入每个词元的两次选择，再除以 2 · 词元数。',
	'moe.col.f': 'f_i',
	'moe.col.P': 'P_i',
	'moe.col.fP': 'f_i · P_i',
	'moe.balanceTable': '每个专家的 f_i 和 P_i',
	'moe.balanceRange': '均匀路由时为 {min}；全部送到一个专家时为 {max}。',
	'moe.trainTitle': '训练路由器：加与不加均衡损失',
	'moe.trainAbout':
		'两个小型混合专家模型从同一个随机起点出发，用自动微分引擎上的 Adam 并排训练。任务：判断一个词来自本指南 {topics} 个主题中的哪一个（即包含它的回答所属问题的主题）。每个专家是词向量上的线性分类器；混合模型的预测是被选中专家输出的门控加权和，用交叉熵评分。一个模型只用这个损失训练，另一个再加上 α · E · Σ f_i · P_i。',
	'moe.trainData':
		'从本指南的回答中（按种子）抽取 {tokens} 个词的出现，批大小 {batch}，学习率 {lr}，共 {steps} 步；训练时不设容量上限。',
	'moe.trainStatus': '第 {step} / {total} 步',
	'moe.trainLoading': '正在准备训练用的词元……',
	'moe.plain': '只用任务损失',
	'moe.balanced': '任务损失 + 均衡损失',
	'moe.busiestLabel': '每一步最繁忙的专家占全部分配的比例',
	'moe.busiestAbout': '均匀路由时每个专家占 1/E（点线）。曲线越高，负载越集中在一个专家上。',
	'moe.step': '步',
	'moe.share': '最繁忙专家的比例',
	'moe.legendPlain': '只用任务损失',
	'moe.legendBalanced': '任务损失 + 均衡损失',
	'moe.legendEven': '1/E（均匀）',
	'moe.trainLoadLabel': '{name}：第 {step} 步时每个专家在训练词元中所占的比例',
	'moe.trainReadout': '最繁忙专家 {busiest}，闲置专家 {idle} 个，任务损失 {task}，均衡损失 {aux}',
	'moe.trainTable': '训练的数值',
	'moe.col.run': '训练',
	'moe.col.busiest': '最繁忙专家的比例',
	'moe.col.idle': '词元少于 1% 的专家',
	'moe.col.task': '任务损失',
	'moe.col.aux': '均衡损失',
	'moe.trainHonest':
		'预期结果，以及这不是什么：一个主题的词远不能被线性分类器分开，高频词（the、of、的、是）又出现在每个主题里，所以任务损失一直较高。不加均衡项时，路由器会保留起点和高频词带来的不均衡，在 top-1 下还常常加剧；真实模型可能坍缩得更厉害，因为分到更多词元的专家训练得更快，进而吸引更多词元。加上均衡项后，负载趋于均匀，而任务损失几乎不受影响。Switch Transformer 在数十亿参数的模型上用 α = 0.01；这个很小的训练需要更大的 α，才能在几百步内显出效果。',
	'moe.modelsTitle': '公布的总参数量与每个词元的参数量',
	'moe.modelsAbout':
		'所有专家的权重都要放在内存里，但每个词元只用共享层和它的 k 个专家计算：所以混合专家模型就其规模而言，每个词元的计算量很小。',
	'moe.col.model': '模型',
	'moe.col.experts': '专家数（每个词元）',
	'moe.col.total': '总计',
	'moe.col.active': '每个词元（占比）',
	'moe.notPublished': '未公布',
	'moe.expertsOf': '{e}（{k}）',
	'moe.computed':
		'根据 Mixtral 发布的配置（32 层，8 个宽度为 14,336 的 SwiGLU 专家，top-2）计算：总计 {total}，每个词元 {active}，与公布的 47B 和 13B 相符。',
	'moe.gpt4':
		'GPT-4：OpenAI 没有公布其规模和架构，所以它是否是混合专家模型、有多大，这里都记为未知。',
	'moe.sharedExperts': 'DeepSeek 的模型还有每个词元都会用到的共享专家，它们计入每个词元的参数量。'
};

export const moeStrings = strings(en, zh);
export const t = translator(controls, moeStrings);
