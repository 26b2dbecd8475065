/** Strings of the “what is an LLM” demo (question 49): train a tiny GPT in the tab. */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';
import { controls } from '$lib/components/controls/strings';

const en = {
	'llm.intro':
		'An LLM is a Transformer trained to predict the next token of text, made large. Here is the same thing made small: a decoder of about {parameters} parameters trained on about 20 KB of this guide’s own answers. It learns to continue the guide’s phrases; it does not reason or know the world. Train one from scratch, read a trained one, and see what size buys on this little text.',
	'llm.trainTitle': 'Train one yourself',
	'llm.trainAbout':
		'Fresh random weights, then one optimiser step after another (AdamW, {tokens} tokens a step) on the guide’s text, in a worker of this tab. Every {every} steps it measures the loss on five answers it never trains on, writes a sample after “{prompt}”, and reads the attention.',
	'llm.layers': 'Layers',
	'llm.width': 'Width (d_model)',
	'llm.heads': 'Heads',
	'llm.context': 'Context (tokens)',
	'llm.parameters': 'Parameters',
	'llm.reference': 'the reference shape',
	'llm.toReference': 'Back to the reference shape',
	'llm.runLabel': 'Training run',
	'llm.stepStatus': 'step {step} / {total}',
	'llm.speed': 'Speed here',
	'llm.speedValue': '{tokens} tokens/s',
	'llm.speedWaiting': 'measured while training',
	'llm.trainLoss': 'Training loss',
	'llm.heldOutLoss': 'Held-out loss',
	'llm.lossUnit': '{loss} nats/token',
	'llm.lossChart': 'Training and held-out loss against steps',
	'llm.stepAxis': 'step',
	'llm.lossAxis': 'loss (nats/token)',
	'llm.lossTable': 'The held-out loss and the sample at each reading',
	'llm.col.step': 'Step',
	'llm.col.trainLoss': 'Training loss (mean of the last {every})',
	'llm.col.heldOut': 'Held-out loss',
	'llm.col.sample': 'Sample',
	'llm.samplesTitle': 'Samples as it learns',
	'llm.samplesAbout':
		'After “{prompt}”, {tokens} tokens at temperature 0.8, top-p 0.95. A uniform guess over the 512 tokens scores ln 512 ≈ 6.24 nats; by about 4.5 the guide’s words appear, below 3.5 its phrases.',
	'llm.sampleAt': 'step {step}',
	'llm.noSamples': 'Press Play: a sample appears every {every} steps.',
	'llm.attentionTitle': 'What the heads attend to, now',
	'llm.attentionAbout':
		'Every head of the chosen layer, reading the sentence with the weights of step {step}. Row: the token reading; column: the token it attends to (only earlier ones: the model is causal). Random weights spread attention evenly; trained ones pick.',
	'llm.sentence': 'Sentence',
	'llm.sentence.question': 'A question',
	'llm.sentence.next': 'A statement',
	'llm.sentence.zh': 'Chinese',
	'llm.layer': 'Layer',
	'llm.headLabel': 'Layer {layer}, head {head}',
	'llm.cell': '“{query}” attends to “{key}”: {w}',
	'llm.attentionTruncated':
		'The context holds {context} tokens: the sentence is cut to its first {context}.',
	'llm.generateTitle': 'The trained checkpoint',
	'llm.generateAbout':
		'The shipped model: the reference shape trained for {steps} steps ({heldOut} nats/token held out). It loads when you press Generate, then answers at once.',
	'llm.generateAboutLoading':
		'The shipped model of the reference shape, fetched when you press Generate.',
	'llm.prompt': 'Prompt',
	'llm.promptHint':
		'The model saw the guide as “Question: … Answer: …”. Any text is read as bytes, even characters it never saw; past {context} tokens, only the last {context} are read.',
	'llm.temperature': 'Temperature',
	'llm.topP': 'Top-p',
	'llm.generate': 'Generate',
	'llm.generating': 'Generating…',
	'llm.output': 'Continuation',
	'llm.emptyPrompt':
		'An empty prompt: the model starts as after a blank line, as between two of the guide’s answers.',
	'llm.truncated': 'The prompt is {tokens} tokens: only its last {context} are read.',
	'llm.greedy': 'Temperature 0: always the likeliest token (greedy).',
	'llm.scalingTitle': 'Our own scaling study',
	'llm.scalingAbout':
		'{count} shapes, each trained by the same script for {steps} steps (seed {seed}, {tokensPerStep} tokens a step, context {context}, 4 heads) on the same {trainTokens} training tokens, then scored on the {heldOutTokens} held-out ones. The logs are committed beside the page (their tokens/s lines measured a shared, busy machine, so they are not compared here).',
	'llm.scalingChart': 'Final held-out loss against parameters, log–log',
	'llm.paramAxis': 'parameters',
	'llm.ourRuns': 'our runs',
	'llm.kaplanSlope': 'Kaplan et al.’s slope, −{alpha}, through the smallest run',
	'llm.scalingTable': 'The scaling study’s runs',
	'llm.col.shape': 'Shape',
	'llm.col.parameters': 'Parameters',
	'llm.col.final': 'Held-out loss',
	'llm.shape': '{layers} × d{width}',
	'llm.fitSlope':
		'A power law fitted to our {count} points: loss ∝ N^{slope}. Kaplan et al. (2020) found loss ∝ N^−{alpha} for models trained on enough data (only the slope compares: their losses are on other text with another tokenizer, and their N leaves out the embeddings, which ours counts).',
	'llm.honest':
		'What 20 KB cannot show. Hoffmann et al. (2022) find the compute-optimal model sees about 20 tokens per parameter; our {parameters}-parameter reference would want about {wanted} tokens and has {trainTokens}, {ratio} times fewer. Every one of these models can memorise its training text: the bigger ones lower the training loss more than the held-out loss, and the held-out loss flattens. A scaling law is measured where data is plentiful; here data is the limit, so what our curve shows is size against a fixed, small text, not how LLMs scale.',
	'llm.whyReference':
		'Why the reference is 2 layers, width 64, 4 heads, context 64: in the study it reaches {refLoss} nats/token, and the largest shape, {largestParameters} parameters, {largestLoss}, at about {costRatio}× the training compute per token (≈ 6N FLOPs a token for N parameters, Kaplan et al.). Past the reference, size buys little on this text and costs time in every tab that trains one; a context of 64 tokens holds a sentence or two of an answer, and 4 heads of 16 dimensions each are few enough to look at one by one. “Speed here” above measures the cost in your own tab: compare width 64 with 128.',
	'llm.source.kaplan':
		'Kaplan et al. (2020), Scaling Laws for Neural Language Models: L(N) = (N_c / N)^α_N with α_N ≈ 0.076, N counting non-embedding parameters.',
	'llm.source.hoffmann':
		'Hoffmann et al. (2022), Training Compute-Optimal Large Language Models (Chinchilla): about 20 training tokens per parameter at the compute-optimal point.'
};

const zh: Record<keyof typeof en, string> = {
	'llm.intro':
		'LLM 就是一个被训练来预测文本下一个词元的 Transformer，只是做得很大。这里是同样的东西做小了：一个约 {parameters} 个参数的解码器，用本指南自己约 20 KB 的回答训练。它学会接续指南里的句子；它不推理，也不了解世界。从零训练一个，读一个训练好的，再看看在这点文本上，模型变大能换来什么。',
	'llm.trainTitle': '自己训练一个',
	'llm.trainAbout':
		'从随机权重开始，在本页的一个 worker 里用指南的文本一步步优化（AdamW，每步 {tokens} 个词元）。每 {every} 步，它在五个从不训练的回答上测一次损失，在“{prompt}”之后写一段样本，并读出注意力。',
	'llm.layers': '层数',
	'llm.width': '宽度（d_model）',
	'llm.heads': '头数',
	'llm.context': '上下文（词元）',
	'llm.parameters': '参数量',
	'llm.reference': '参考形状',
	'llm.toReference': '回到参考形状',
	'llm.runLabel': '训练',
	'llm.stepStatus': '第 {step} / {total} 步',
	'llm.speed': '本机速度',
	'llm.speedValue': '每秒 {tokens} 个词元',
	'llm.speedWaiting': '训练时测量',
	'llm.trainLoss': '训练损失',
	'llm.heldOutLoss': '留出集损失',
	'llm.lossUnit': '每词元 {loss} 奈特',
	'llm.lossChart': '训练损失与留出集损失随步数的变化',
	'llm.stepAxis': '步数',
	'llm.lossAxis': '损失（奈特/词元）',
	'llm.lossTable': '每次读数时的留出集损失与样本',
	'llm.col.step': '步数',
	'llm.col.trainLoss': '训练损失（最近 {every} 步的均值）',
	'llm.col.heldOut': '留出集损失',
	'llm.col.sample': '样本',
	'llm.samplesTitle': '边学边写的样本',
	'llm.samplesAbout':
		'在“{prompt}”之后，以温度 0.8、top-p 0.95 生成 {tokens} 个词元。对 512 个词元均匀乱猜的损失是 ln 512 ≈ 6.24 奈特；降到 4.5 左右，指南里的词就出现了，低于 3.5，就有了成句的片段。',
	'llm.sampleAt': '第 {step} 步',
	'llm.noSamples': '点“播放”：每 {every} 步出现一段样本。',
	'llm.attentionTitle': '各个头此刻在看哪里',
	'llm.attentionAbout':
		'所选层的每一个头，用第 {step} 步的权重读这句话。行：正在读的词元；列：它关注的词元（只能是前面的：模型是因果的）。随机权重把注意力平均摊开；训练过的权重会有所选择。',
	'llm.sentence': '句子',
	'llm.sentence.question': '一个问题',
	'llm.sentence.next': '一个陈述',
	'llm.sentence.zh': '中文',
	'llm.layer': '层',
	'llm.headLabel': '第 {layer} 层，第 {head} 个头',
	'llm.cell': '“{query}”关注“{key}”：{w}',
	'llm.attentionTruncated': '上下文只有 {context} 个词元：句子截取前 {context} 个。',
	'llm.generateTitle': '训练好的检查点',
	'llm.generateAbout':
		'随站点发布的模型：参考形状，训练了 {steps} 步（留出集上每词元 {heldOut} 奈特）。点“生成”时加载，之后即时作答。',
	'llm.generateAboutLoading': '随站点发布的参考形状模型，点“生成”时才下载。',
	'llm.prompt': '提示词',
	'llm.promptHint':
		'模型见到的指南是“Question: … Answer: …”的格式。任何文本都按字节读入，连它没见过的字符也一样；超过 {context} 个词元时，只读最后 {context} 个。',
	'llm.temperature': '温度',
	'llm.topP': 'Top-p',
	'llm.generate': '生成',
	'llm.generating': '生成中…',
	'llm.output': '续写',
	'llm.emptyPrompt': '提示词为空：模型就像在一个空行之后开始，如同指南两个回答之间。',
	'llm.truncated': '提示词有 {tokens} 个词元：只读最后 {context} 个。',
	'llm.greedy': '温度 0：总是取最可能的词元（贪婪解码）。',
	'llm.scalingTitle': '我们自己的缩放实验',
	'llm.scalingAbout':
		'{count} 种形状，都由同一个脚本训练 {steps} 步（种子 {seed}，每步 {tokensPerStep} 个词元，上下文 {context}，4 个头），用同样的 {trainTokens} 个训练词元，再在 {heldOutTokens} 个留出词元上打分。日志与页面一起提交（其中每秒词元数是在一台共享的繁忙机器上测的，这里不作比较）。',
	'llm.scalingChart': '最终留出集损失与参数量，双对数坐标',
	'llm.paramAxis': '参数量',
	'llm.ourRuns': '我们的训练',
	'llm.kaplanSlope': 'Kaplan 等的斜率 −{alpha}，过最小的一次训练',
	'llm.scalingTable': '缩放实验的各次训练',
	'llm.col.shape': '形状',
	'llm.col.parameters': '参数量',
	'llm.col.final': '留出集损失',
	'llm.shape': '{layers} × d{width}',
	'llm.fitSlope':
		'对我们 {count} 个点拟合幂律：损失 ∝ N^{slope}。Kaplan 等（2020）在数据充足时得到损失 ∝ N^−{alpha}（只有斜率可比：他们的损失是在别的文本、别的分词器上测的，他们的 N 不含嵌入，我们的含）。',
	'llm.honest':
		'20 KB 说明不了什么。Hoffmann 等（2022）发现，计算最优的模型每个参数约见 20 个词元；我们 {parameters} 个参数的参考模型该有约 {wanted} 个词元，实际只有 {trainTokens} 个，少了 {ratio} 倍。这里每个模型都能背下训练文本：越大的模型，训练损失降得越比留出集损失多，留出集损失也越早走平。缩放定律是在数据充足处测的；这里数据才是瓶颈，所以这条曲线说的是模型大小对一段固定的小文本的作用，而不是 LLM 如何缩放。',
	'llm.whyReference':
		'为什么参考形状是 2 层、宽 64、4 个头、上下文 64：实验里它达到每词元 {refLoss} 奈特；最大的形状有 {largestParameters} 个参数，达到 {largestLoss}，每个词元的训练计算量约是它的 {costRatio} 倍（N 个参数每词元约 6N 次浮点运算，Kaplan 等）。比参考形状更大，在这段文本上所得甚少，却让每个训练它的页面都更慢；64 个词元的上下文能装下回答里的一两句话，4 个 16 维的头也少到能一一细看。上面的“本机速度”会在你自己的页面里测出代价：比较宽度 64 与 128。',
	'llm.source.kaplan':
		'Kaplan 等（2020），Scaling Laws for Neural Language Models：L(N) = (N_c / N)^α_N，α_N ≈ 0.076，N 为不含嵌入的参数量。',
	'llm.source.hoffmann':
		'Hoffmann 等（2022），Training Compute-Optimal Large Language Models（Chinchilla）：计算最优时每个参数约 20 个训练词元。'
};

export const whatIsAnLlm = strings(en, zh);
export const t = translator(controls, whatIsAnLlm);
