/** Strings of the deployment demo (question 50). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';

const en = {
	'deploy.intro':
		'Pick a model, a precision, a prompt and an answer length and a batch: see whether it fits in a GPU’s memory and how fast it can answer at best. Every figure is computed here from the published configuration, with its formula.',
	'deploy.honesty':
		'These are bounds from a roofline model, not measurements: decoding can go no faster than reading the weights and the cache once per step at the GPU’s full memory bandwidth, and prefill no faster than its peak arithmetic. Real servers reach a fraction of these peaks (often half or less), and need memory for their own buffers besides.',
	'deploy.model': 'Model',
	'deploy.weights': 'Weights stored in',
	'deploy.cache': 'Key-value cache stored in',
	'deploy.prompt': 'Prompt length (tokens)',
	'deploy.output': 'Answer length (tokens)',
	'deploy.batch': 'Batch (sequences at once)',
	'deploy.gpu': 'GPU for the speed figures',
	'deploy.published': 'Published size: {size}',
	'deploy.publishedActive': 'Published size: {size} in all, {active} used per token',
	'deploy.source': 'Source',
	'deploy.beyondContext':
		'{n} tokens is more than the {max} this model was trained on: the figures show the memory and time such a length would take, but the model would not read it well.',
	'deploy.memoryTitle': 'Memory',
	'deploy.speedTitle': 'Speed on {gpu}',
	'deploy.formula': 'Formula, then with the numbers',
	'deploy.result': 'Result',
	'deploy.term': 'Figure',
	'deploy.row.parameters': 'Parameters',
	'deploy.row.active': 'Parameters used per token',
	'deploy.stepBound.memory':
		'At batch {batch} each step is bound by memory bandwidth: reading the bytes takes longer than the arithmetic.',
	'deploy.stepBound.compute':
		'At batch {batch} each step is bound by compute: the arithmetic takes longer than reading the bytes.',
	'deploy.row.weights': 'Weights',
	'deploy.row.cache': 'Key-value cache',
	'deploy.row.activations': 'Activations (estimate)',
	'deploy.row.total': 'Memory needed',
	'deploy.row.memoryStep': 'One decoding step, bound by memory',
	'deploy.row.computeStep': 'One decoding step, bound by compute',
	'deploy.row.rate': 'Decoding speed (at most)',
	'deploy.row.prefill': 'Reading the prompt (prefill, at least)',
	'deploy.row.answer': 'Whole answer (at least)',
	'deploy.notPublished': 'not published',
	'deploy.memoryCaption': 'Memory needed, term by term, with the formulas filled in',
	'deploy.speedCaption': 'Roofline bounds on {gpu}, with the formulas filled in',
	'deploy.symbols':
		'P parameters (counted matrix by matrix from the configuration), b_w bytes per weight, L layers, h query heads, h_kv key-value heads, d_head head width, d model width, d_ff MLP width, n_prompt and n_out tokens, B batch, b_kv bytes per cached value.',
	'deploy.gqa':
		'Grouped-query attention: {kv} key-value heads serve {heads} query heads, so the cache is {ratio} times smaller than if every query head kept its own keys and values ({without}). Calculators that count query heads get this wrong.',
	'deploy.noGqa':
		'Every one of the {heads} query heads keeps its own keys and values (no grouped-query attention).',
	'deploy.activationsNote':
		'The activation estimate: at inference nothing is kept for a backward pass and layers run one after another, so about one layer’s values for every prompt token are held at once (the residual stream, queries, keys, values and the MLP’s hidden layer, in bf16), with fused attention that never stores the n × n scores.',
	'deploy.moeNote':
		'A mixture of experts keeps all {experts} experts in memory, but each token runs through {k}: compute uses the active parameters; decoding is charged for reading every weight, as happens once a batch’s tokens reach all the experts.',
	'deploy.bound.memory': 'bound by memory bandwidth',
	'deploy.bound.compute': 'bound by compute',
	'deploy.gpusTitle': 'Does it fit?',
	'deploy.gpusCaption':
		'Each GPU in the data: its memory against the {need} needed, and the roofline bounds at batch {batch}',
	'deploy.col.gpu': 'GPU',
	'deploy.col.memory': 'Memory',
	'deploy.col.bandwidth': 'Bandwidth',
	'deploy.col.peak': 'Peak bf16',
	'deploy.col.fits': 'Fits?',
	'deploy.col.decode': 'Decoding (at most)',
	'deploy.col.prefill': 'Prefill (at least)',
	'deploy.fits': 'fits',
	'deploy.doesNotFit': 'does not fit: needs {n}',
	'deploy.gpuNote':
		'Memory counts GB as 10⁹ bytes; “needs n” splits the model perfectly over n GPUs, which real parallelism only approaches. Peak bf16 is dense (without 2:4 sparsity).',
	'deploy.perSecond': 'tokens/s',
	'deploy.batchTitle': 'Throughput against latency as the batch grows',
	'deploy.batchIntro':
		'A bigger batch shares one read of the weights among more sequences, so tokens per second grow almost in proportion while each step barely slows; then the caches (one per sequence) take over the reading, or the arithmetic does, and each sequence waits longer for its next token. Hollow dots no longer fit in {gpu}’s memory.',
	'deploy.chartLabel': 'Throughput against latency on {gpu}, one dot per batch size',
	'deploy.chartDescription':
		'Horizontal: milliseconds per decoding step (the wait for each next token). Vertical: tokens per second across the batch. Both axes logarithmic.',
	'deploy.axisLatency': 'ms per token (latency)',
	'deploy.axisThroughput': 'tokens/s (throughput)',
	'deploy.tableSummary': 'The numbers of the chart',
	'deploy.col.batch': 'Batch',
	'deploy.col.latency': 'Latency per token',
	'deploy.col.throughput': 'Throughput',
	'deploy.col.bound': 'Bound',
	'deploy.col.need': 'Memory needed',
	'deploy.yes': 'yes',
	'deploy.no': 'no'
};

const zh: Record<keyof typeof en, string> = {
	'deploy.intro':
		'选一个模型、一种精度、提示和回答的长度以及批大小：看它能否装进一块 GPU 的显存，最快能以多快的速度回答。每个数字都在这里由公开的模型配置算出，并附上公式。',
	'deploy.honesty':
		'这些是屋顶线模型给出的界限，不是实测值：解码每一步至少要以 GPU 的满内存带宽把权重和缓存各读一遍，预填充最快也只能达到峰值算力。实际的推理服务只能达到这些峰值的一部分（常常一半或更少），还需要显存存放自己的缓冲区。',
	'deploy.model': '模型',
	'deploy.weights': '权重的存储格式',
	'deploy.cache': '键值缓存的存储格式',
	'deploy.prompt': '提示长度（词元）',
	'deploy.output': '回答长度（词元）',
	'deploy.batch': '批大小（同时处理的序列数）',
	'deploy.gpu': '计算速度所用的 GPU',
	'deploy.published': '公开的规模：{size}',
	'deploy.publishedActive': '公开的规模：共 {size}，每个词元用到 {active}',
	'deploy.source': '来源',
	'deploy.beyondContext':
		'{n} 个词元超过了这个模型训练时的 {max} 个：这些数字给出这么长的序列需要的显存和时间，但模型读不好这么长的内容。',
	'deploy.memoryTitle': '显存',
	'deploy.speedTitle': '在 {gpu} 上的速度',
	'deploy.formula': '公式，以及代入数字后',
	'deploy.result': '结果',
	'deploy.term': '项目',
	'deploy.row.parameters': '参数量',
	'deploy.row.active': '每个词元用到的参数',
	'deploy.stepBound.memory':
		'批大小为 {batch} 时，每一步受内存带宽限制：读取数据比计算花的时间更长。',
	'deploy.stepBound.compute': '批大小为 {batch} 时，每一步受算力限制：计算比读取数据花的时间更长。',
	'deploy.row.weights': '权重',
	'deploy.row.cache': '键值缓存',
	'deploy.row.activations': '激活值（估计）',
	'deploy.row.total': '所需显存',
	'deploy.row.memoryStep': '一步解码，受内存带宽限制',
	'deploy.row.computeStep': '一步解码，受算力限制',
	'deploy.row.rate': '解码速度（上限）',
	'deploy.row.prefill': '读入提示（预填充，下限）',
	'deploy.row.answer': '整个回答（下限）',
	'deploy.notPublished': '未公开',
	'deploy.memoryCaption': '逐项列出所需显存，公式中代入了数字',
	'deploy.speedCaption': '{gpu} 上的屋顶线界限，公式中代入了数字',
	'deploy.symbols':
		'P 参数量（由模型配置逐个矩阵算出），b_w 每个权重的字节数，L 层数，h 查询头数，h_kv 键值头数，d_head 每个头的宽度，d 模型宽度，d_ff MLP 宽度，n_prompt 与 n_out 词元数，B 批大小，b_kv 每个缓存值的字节数。',
	'deploy.gqa':
		'分组查询注意力：{kv} 个键值头服务 {heads} 个查询头，所以缓存比每个查询头各存一份键和值时小 {ratio} 倍（那样会是 {without}）。按查询头数计算的计算器在这里会算错。',
	'deploy.noGqa': '{heads} 个查询头每个都保存自己的键和值（没有分组查询注意力）。',
	'deploy.activationsNote':
		'激活值的估计：推理时不需要为反向传播保留任何东西，各层依次运行，所以同一时刻大约只保存一层中每个提示词元的值（残差流、查询、键、值和 MLP 的隐藏层，bf16），并假设融合的注意力计算从不存储 n × n 的分数矩阵。',
	'deploy.moeNote':
		'混合专家模型把全部 {experts} 个专家都放在显存里，但每个词元只经过其中 {k} 个：计算量按激活参数算；解码按读取全部权重计，一批中的词元分到所有专家时正是如此。',
	'deploy.bound.memory': '受内存带宽限制',
	'deploy.bound.compute': '受算力限制',
	'deploy.gpusTitle': '装得下吗？',
	'deploy.gpusCaption':
		'数据中的每块 GPU：显存与所需的 {need} 相比，以及批大小为 {batch} 时的屋顶线界限',
	'deploy.col.gpu': 'GPU',
	'deploy.col.memory': '显存',
	'deploy.col.bandwidth': '带宽',
	'deploy.col.peak': 'bf16 峰值',
	'deploy.col.fits': '装得下？',
	'deploy.col.decode': '解码（上限）',
	'deploy.col.prefill': '预填充（下限）',
	'deploy.fits': '装得下',
	'deploy.doesNotFit': '装不下：需要 {n} 块',
	'deploy.gpuNote':
		'显存按 1 GB = 10⁹ 字节计；“需要 n 块”假设模型能完美地分到 n 块 GPU 上，实际的并行方式只能接近这一点。bf16 峰值为稠密计算（不含 2:4 稀疏）。',
	'deploy.perSecond': '词元/秒',
	'deploy.batchTitle': '批大小增大时的吞吐量与延迟',
	'deploy.batchIntro':
		'批越大，读一次权重就能供更多序列使用，所以每秒词元数几乎成比例增长，而每一步几乎不变慢；之后各序列自己的缓存占了读取的大头，或者算力成了瓶颈，每个序列等下一个词元的时间就变长了。空心点表示 {gpu} 的显存已经装不下。',
	'deploy.chartLabel': '{gpu} 上的吞吐量与延迟，每个点是一个批大小',
	'deploy.chartDescription':
		'横轴：每一步解码的毫秒数（等待下一个词元的时间）。纵轴：整批每秒生成的词元数。两轴都是对数刻度。',
	'deploy.axisLatency': '每词元毫秒数（延迟）',
	'deploy.axisThroughput': '词元/秒（吞吐量）',
	'deploy.tableSummary': '图中的数字',
	'deploy.col.batch': '批大小',
	'deploy.col.latency': '每词元延迟',
	'deploy.col.throughput': '吞吐量',
	'deploy.col.bound': '瓶颈',
	'deploy.col.need': '所需显存',
	'deploy.yes': '是',
	'deploy.no': '否'
};

export const deploy = strings(en, zh);
export const t = translator(deploy);
