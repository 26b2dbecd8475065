/** Strings of the attention engine and its demos (questions 2, 22, 32). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';

const en = {
	'attn.head.similar': 'Similar words',
	'attn.head.previous': 'Previous token',
	'attn.head.first': 'First token',
	'attn.head.next': 'Next token',
	'attn.head.local': 'Nearby tokens',
	'attn.head.broad': 'Everything alike',
	'attn.head.self': 'Itself',
	'attn.head.previous2': 'Two tokens back',
	'attn.headAbout.similar':
		'Compares word vectors: q = g·w, k = w, so the score is the cosine of the two words’ vectors. A word is most similar to itself and to words the guide uses in the same places.',
	'attn.headAbout.previous':
		'Looks one token back. The query is M₋₁·PE(i), which equals PE(i−1) exactly, and the key is PE(j): their dot product peaks at j = i−1.',
	'attn.headAbout.first':
		'Looks at the first token. Every query is the same vector PE(0) (a bias), so every row peaks at position 0.',
	'attn.headAbout.next':
		'Looks one token ahead, with M₊₁·PE(i) = PE(i+1). Under a causal mask it cannot: the future is hidden.',
	'attn.headAbout.local':
		'Uses only the slow frequencies of the positional encoding, so the score fades smoothly with distance: a window around the token.',
	'attn.headAbout.broad':
		'Its query is zero, so every score is 0 and the weights are equal: the output is the plain average of the values.',
	'attn.headAbout.self': 'Looks at itself: query PE(i), key PE(j), a peak at j = i.',
	'attn.headAbout.previous2': 'Looks two tokens back, with M₋₂·PE(i) = PE(i−2).',
	'attn.example.cat': 'The cat chased the mouse',
	'attn.example.catZh': '猫追老鼠',
	'attn.example.guide':
		'The attention mechanism allows LLMs to weigh the importance of different tokens in a sequence.',
	'attn.example.mixed': 'Transformer 用注意力 🙂 to link words!',
	'attn.empty': 'The sentence is empty: type a few words to see how they attend to each other.',
	'attn.truncated':
		'Your text has {total} tokens; this view shows the first {max}. The attention matrix has n² cells per head ({cells} here), so longer inputs would be unreadable and slow to draw.',
	'attn.unknown':
		'No word vector (not in the guide’s text, or punctuation or emoji): {tokens}. Their word part is zero, so content heads treat them as unrelated to everything; positional heads still see them.',
	'attn.loading': 'Computing word vectors from the guide’s text…',
	'attn.head': 'Head',
	'attn.mask': 'Mask',
	'attn.mask.none': 'None (encoder, BERT)',
	'attn.mask.causal': 'Causal (decoder, GPT)',
	'attn.heatmapLabel': 'Attention weights of the “{head}” head: rows are queries, columns keys',
	'attn.cell': '{query} → {key}: weight {w}',
	'attn.cellMasked': '{query} → {key}: masked (weight 0)',
	'attn.query': 'query',
	'attn.key': 'key',
	'attn.rowsCols':
		'Rows: the token that asks (query). Columns: the tokens it looks at (keys). Each row sums to 1.',
	'attn.canvasNote':
		'More than {max} tokens: drawn as pixels. Hover, or focus the picture and use the arrow keys, to read a cell.',
	'attn.arcsLabel': 'Where “{token}” looks, by the “{head}” head',
	'attn.arcsHint': 'Pick a token on the left to see where it looks; line thickness is the weight.',
	'attn.arcsTooMany': 'The line view shows up to {max} tokens; the heatmap above shows them all.',
	'attn.pickToken': '{token} (position {i})',
	'attn.outputTitle': 'The output for “{token}”: a weighted blend of value vectors',
	'attn.outputAbout':
		'output = Σⱼ wⱼ·vⱼ. Each value vector here is the word vector of token j (its first {d} dimensions), so the output is a blend of meanings. The largest contributions:',
	'attn.outputRest': '+ {n} more tokens, total weight {w}',
	'attn.outputSum': 'output',
	'attn.outputNearest': 'Closest words to the output vector in the guide’s vocabulary: {words}',
	'attn.outputZero':
		'The output is the zero vector: every token it attends to lacks a word vector.',
	'attn.vectorLabel': 'Value vector of “{token}”, weight {w}',
	'attn.outputVectorLabel': 'Output vector of “{token}”',
	'attn.sourceTitle': 'Where the numbers come from',
	'attn.sourceWords':
		'Word vectors: computed in your browser from this guide’s own answers (English and Chinese, {vocab} words). Co-occurrence counts within 3 words → positive pointwise mutual information (PPMI) → the top 32 directions of its eigendecomposition (the SVD of a symmetric matrix). Words used in similar places get similar vectors.',
	'attn.sourcePositions':
		'Positions: the sinusoidal encodings of “Attention Is All You Need”. Each token is x = [word vector | position encoding], d_model = {d}.',
	'attn.sourceHeads':
		'Heads: built by hand, not trained, so that each does one recognisable thing; the positional ones are exact, via PE(i+k) = M_k·PE(i). Nothing here is random. Trained models learn heads like these, and messier ones.',
	'attn.dk': 'Each head here: d_k = d_v = {dk}.',
	'attn.tableSummary': 'Show the weights as a table',
	'attn.tableCaption': 'Attention weights, “{head}” head (rows: queries)',
	'attn.stage.qkv': 'Q, K, V',
	'attn.stage.scores': 'QKᵀ',
	'attn.stage.scale': '÷ √d_k',
	'attn.stage.mask': 'Mask',
	'attn.stage.softmax': 'Softmax',
	'attn.stage.output': '· V',
	'attn.stageAbout.qkv':
		'Each token has a query (what it looks for), a key (what it offers) and a value (what it passes on). Here d_k = {dk}. Edit a query or key below.',
	'attn.stageAbout.scores':
		'Every query meets every key: S = QKᵀ, entry (i, j) is the dot product qᵢ·kⱼ. Pick a cell to see its terms.',
	'attn.stageAbout.scale':
		'Divide by √d_k = {sqrt}: dot products of d_k-dimensional vectors grow like √d_k, and without this the softmax saturates.',
	'attn.stageAbout.mask': 'Masked positions get −∞, so their weight becomes exactly 0. {mask}',
	'attn.stageAbout.maskNone': 'No mask here: every token may look at every token.',
	'attn.stageAbout.maskCausal': 'Causal mask: token i may only look at tokens j ≤ i.',
	'attn.stageAbout.softmax': 'Softmax, row by row: each row becomes weights that sum to 1.',
	'attn.stageAbout.output':
		'Multiply by V: each output row is the weighted average of the value rows.',
	'attn.stepper': 'Attention steps',
	'attn.matrixLabel': 'Matrix {name}',
	'attn.matrixCell': '{name} row {row} column {col}: {v}',
	'attn.dotTitle': 'How cell ({query}, {key}) was made',
	'attn.dotScaled': 'divided by √{dk} = {sqrt}: {v}',
	'attn.dotSoftmax': 'softmax over the row: e^{s} / Σ = {w}',
	'attn.dotMasked': 'masked: j > i under the causal mask, so the weight is 0',
	'attn.dotOutput': 'output row {query} = Σⱼ w · v',
	'attn.pickCell':
		'Select a cell of QKᵀ (click, or arrow keys and Enter) to see its dot product term by term.',
	'attn.editQ': 'Query of “{token}”',
	'attn.editK': 'Key of “{token}”',
	'attn.editComponent': 'component {d}',
	'attn.editHint': 'Edit the numbers to change the query or key; the whole pipeline follows.',
	'attn.resetEdits': 'Reset Q and K',
	'attn.edited': 'Q or K edited by you.',
	'attn.scoresMax':
		'Your text has {total} tokens; the step-by-step view uses the first {max} so that every number stays readable.',
	'attn.heads': 'Heads h',
	'attn.headsValue': '{h} (d_k = {dk})',
	'attn.headsNote':
		'd_model = {d} is fixed; h must divide it, so each head gets d_k = d_model / h = {dk} dimensions.',
	'attn.headsRounded': 'h = {asked} does not divide d_model = {d}; showing h = {h}.',
	'attn.smallLabel': 'Head {n}: {head}',
	'attn.concatTitle': 'Concatenate the heads',
	'attn.concatAbout':
		'Each head outputs n × {dk}; side by side they make n × {d} again, whatever h is. Lines separate the heads.',
	'attn.woTitle': 'Project with W_O',
	'attn.woAbout':
		'output = concat · W_O = Σₕ headₕ · W_Oʰ: W_O decides how each head’s output is written back into the {d} dimensions of the model. Here head h took its values from the h-th {dk}-wide slice of x, and W_O = I writes each head back to that slice, so the output is the concatenation itself. A trained W_O is a dense {d} × {d} matrix that mixes the heads.',
	'attn.concatLabel': 'Concatenated head outputs, {n} × {d}',
	'attn.woLabel': 'W_O, {d} × {d}, in blocks of {dk} × {dk}',
	'attn.woBlockI': 'Block h{row}, h{col}: the {dk} × {dk} identity',
	'attn.woBlock0': 'Block h{row}, h{col}: zeros',
	'attn.outLabel': 'Multi-head output, {n} × {d}',
	'attn.multiMax':
		'Your text has {total} tokens; the small multiples use the first {max} so that each head’s pattern stays visible.',
	'attn.params':
		'Per head: W_Q, W_K, W_V are {d} × {dk}; all heads together have 3 × {d} × {d} = {total} weights, the same for any h.',
	'attn.dim': 'dim {d}',
	'attn.src': 'Heads',
	'attn.src.built': 'Built by hand',
	'attn.src.gpt': 'Learned by the tiny GPT',
	'attn.layer': 'Layer',
	'attn.gptHeadName': 'layer {layer}, head {head}',
	'attn.gptCount': '{count} tokens of the tiny GPT’s byte-level BPE',
	'attn.gptLoading': 'Loading the tiny GPT…',
	'attn.gptReading': 'The tiny GPT is reading the sentence…',
	'attn.gptFailed': 'The tiny GPT could not be run: {error}',
	'attn.gptTruncated':
		'Your text is {total} tokens for the tiny GPT; it reads at most {max} at once (its context), so these are its heads on the first {max}.',
	'attn.gptTokens':
		'The tokens are the tiny GPT’s own byte-level BPE pieces: ␣ is a space, ⏎ a line break, and <E7 8C> the bytes of a character split between tokens, as the model reads it.',
	'attn.gptAbout':
		'These heads were learned, not built: they belong to the tiny GPT, a {params}-parameter decoder ({layers} layers × {heads} heads, d_model = {d}) trained on this guide’s own text. It conditions on what it reads and recalls the guide; it does not reason or know the world. These are not GPT-4’s heads, nor any large model’s.',
	'attn.gptCausal':
		'Causal: each token sees only itself and the tokens before it, so everything right of the diagonal is 0. The first token can only look at itself.',
	'attn.gptLayerAbout':
		'The tiny GPT has {heads} heads per layer, each with d_k = {d} / {heads} = {dk}. Its values, their concatenation and its trained W_O stay inside the model: here are the weights of every head of layer {layer}.',
	'attn.gptScores':
		'These steps use heads built by hand with d_k = {dk}, so that every number fits on screen. Choose “Learned by the tiny GPT” above for the same steps with the tiny GPT’s own queries and keys (d_k = {gptDk}), computed in your browser.',
	'attn.gptScoresMax':
		'Your text is {total} tokens for the tiny GPT; the steps show its first {max}, so that every number stays readable. Its attention is causal, so these are exactly the numbers it computes for them when it reads the whole text.',
	'attn.stageAbout.qkvGpt':
		'Each token has a query (what it looks for), a key (what it offers) and a value (what it passes on). These are the tiny GPT’s own, layer {layer}, head {head}: its trained W_Q, W_K and W_V applied to the layer’s input (after layer normalisation). Here d_k = {dk}. They were learned, not chosen, so they cannot be edited here.'
};

const zh: Record<keyof typeof en, string> = {
	'attn.head.similar': '相似的词',
	'attn.head.previous': '前一个词元',
	'attn.head.first': '第一个词元',
	'attn.head.next': '后一个词元',
	'attn.head.local': '附近的词元',
	'attn.head.broad': '一视同仁',
	'attn.head.self': '自己',
	'attn.head.previous2': '往前两个',
	'attn.headAbout.similar':
		'比较词向量：q = g·w，k = w，分数就是两个词向量的余弦。一个词与自己最相似，其次是本指南里出现在相似位置的词。',
	'attn.headAbout.previous':
		'看前一个词元。查询是 M₋₁·PE(i)，恰好等于 PE(i−1)；键是 PE(j)，两者的点积在 j = i−1 处最大。',
	'attn.headAbout.first':
		'看第一个词元。所有查询都是同一个向量 PE(0)（一个偏置），所以每一行都在位置 0 处最大。',
	'attn.headAbout.next':
		'看后一个词元，用 M₊₁·PE(i) = PE(i+1)。加上因果掩码就看不到了：未来被遮住了。',
	'attn.headAbout.local':
		'只用位置编码中变化慢的频率，分数随距离平滑下降：相当于词元周围的一个窗口。',
	'attn.headAbout.broad': '查询为零，所有分数都是 0，权重相等：输出就是各个值向量的平均。',
	'attn.headAbout.self': '看自己：查询 PE(i)，键 PE(j)，在 j = i 处最大。',
	'attn.headAbout.previous2': '看往前第二个词元，用 M₋₂·PE(i) = PE(i−2)。',
	'attn.example.cat': 'The cat chased the mouse',
	'attn.example.catZh': '猫追老鼠',
	'attn.example.guide': '注意力机制允许 LLM 权衡序列中不同词元的重要性。',
	'attn.example.mixed': 'Transformer 用注意力 🙂 to link words!',
	'attn.empty': '句子是空的：输入几个词，看看它们之间如何相互注意。',
	'attn.truncated':
		'你的文本有 {total} 个词元，这里只显示前 {max} 个。每个头的注意力矩阵有 n² 个格子（这里已有 {cells} 个），再长就既看不清、也画不快了。',
	'attn.unknown':
		'没有词向量（本指南中没出现过，或是标点、表情符号）：{tokens}。它们的词向量部分为零，所以基于内容的头认为它们与任何词都无关；基于位置的头照样能看到它们。',
	'attn.loading': '正在根据本指南的文本计算词向量…',
	'attn.head': '注意力头',
	'attn.mask': '掩码',
	'attn.mask.none': '无（编码器，BERT）',
	'attn.mask.causal': '因果（解码器，GPT）',
	'attn.heatmapLabel': '“{head}”头的注意力权重：行是查询，列是键',
	'attn.cell': '{query} → {key}：权重 {w}',
	'attn.cellMasked': '{query} → {key}：被掩码遮住（权重 0）',
	'attn.query': '查询',
	'attn.key': '键',
	'attn.rowsCols': '行：发出提问的词元（查询）。列：它所看的词元（键）。每一行的和为 1。',
	'attn.canvasNote':
		'超过 {max} 个词元：按像素绘制。把鼠标移到图上，或聚焦图片后用方向键，即可读出格子的值。',
	'attn.arcsLabel': '“{head}”头中“{token}”看向哪里',
	'attn.arcsHint': '在左边选一个词元，看它看向哪里；线越粗，权重越大。',
	'attn.arcsTooMany': '连线图最多显示 {max} 个词元；上面的热力图显示全部。',
	'attn.pickToken': '{token}（位置 {i}）',
	'attn.outputTitle': '“{token}”的输出：值向量的加权混合',
	'attn.outputAbout':
		'输出 = Σⱼ wⱼ·vⱼ。这里每个值向量就是词元 j 的词向量（前 {d} 维），所以输出是若干词义的混合。贡献最大的几项：',
	'attn.outputRest': '另有 {n} 个词元，权重合计 {w}',
	'attn.outputSum': '输出',
	'attn.outputNearest': '在本指南的词表中，与输出向量最接近的词：{words}',
	'attn.outputZero': '输出是零向量：它所注意的词元都没有词向量。',
	'attn.vectorLabel': '“{token}”的值向量，权重 {w}',
	'attn.outputVectorLabel': '“{token}”的输出向量',
	'attn.sourceTitle': '这些数字从哪里来',
	'attn.sourceWords':
		'词向量：在你的浏览器里根据本指南自己的回答（中英文，共 {vocab} 个词）计算得出。统计 3 个词以内的共现次数 → 正点互信息（PPMI）→ 取其特征分解的前 32 个方向（对称矩阵的 SVD）。用法相似的词，向量也相似。',
	'attn.sourcePositions':
		'位置：《Attention Is All You Need》中的正弦位置编码。每个词元表示为 x = [词向量 | 位置编码]，d_model = {d}。',
	'attn.sourceHeads':
		'注意力头：手工构造而非训练所得，每个头做一件看得出来的事；基于位置的头借助 PE(i+k) = M_k·PE(i) 精确构造。这里没有任何随机数。训练出来的模型会学到类似的头，也会学到更杂乱的头。',
	'attn.dk': '这里每个头：d_k = d_v = {dk}。',
	'attn.tableSummary': '以表格显示权重',
	'attn.tableCaption': '“{head}”头的注意力权重（行：查询）',
	'attn.stage.qkv': 'Q、K、V',
	'attn.stage.scores': 'QKᵀ',
	'attn.stage.scale': '÷ √d_k',
	'attn.stage.mask': '掩码',
	'attn.stage.softmax': 'Softmax',
	'attn.stage.output': '· V',
	'attn.stageAbout.qkv':
		'每个词元都有一个查询（它要找什么）、一个键（它能提供什么）和一个值（它要传递什么）。这里 d_k = {dk}。可以在下面修改查询或键。',
	'attn.stageAbout.scores':
		'每个查询都与每个键相遇：S = QKᵀ，第 (i, j) 项是点积 qᵢ·kⱼ。选一个格子，看看它由哪些项相加而来。',
	'attn.stageAbout.scale':
		'除以 √d_k = {sqrt}：d_k 维向量的点积大约按 √d_k 增长，不缩放的话 softmax 会饱和。',
	'attn.stageAbout.mask': '被遮住的位置记为 −∞，其权重恰好为 0。{mask}',
	'attn.stageAbout.maskNone': '这里没有掩码：每个词元都可以看所有词元。',
	'attn.stageAbout.maskCausal': '因果掩码：词元 i 只能看 j ≤ i 的词元。',
	'attn.stageAbout.softmax': '逐行做 softmax：每一行变成和为 1 的权重。',
	'attn.stageAbout.output': '乘以 V：每一行输出都是各值向量的加权平均。',
	'attn.stepper': '注意力计算步骤',
	'attn.matrixLabel': '矩阵 {name}',
	'attn.matrixCell': '{name} 第 {row} 行第 {col} 列：{v}',
	'attn.dotTitle': '格子 ({query}, {key}) 是怎么算出来的',
	'attn.dotScaled': '除以 √{dk} = {sqrt}：{v}',
	'attn.dotSoftmax': '对整行做 softmax：e^{s} / Σ = {w}',
	'attn.dotMasked': '被遮住：在因果掩码下 j > i，权重为 0',
	'attn.dotOutput': '第 {query} 行输出 = Σⱼ w · v',
	'attn.pickCell': '选中 QKᵀ 的一个格子（点击，或用方向键加回车），逐项查看它的点积。',
	'attn.editQ': '“{token}”的查询',
	'attn.editK': '“{token}”的键',
	'attn.editComponent': '第 {d} 个分量',
	'attn.editHint': '修改这些数字即可改变查询或键，整个计算流程随之更新。',
	'attn.resetEdits': '重置 Q 和 K',
	'attn.edited': 'Q 或 K 已被你修改。',
	'attn.scoresMax': '你的文本有 {total} 个词元；逐步演示只使用前 {max} 个，以便每个数字都能看清。',
	'attn.heads': '头数 h',
	'attn.headsValue': '{h}（d_k = {dk}）',
	'attn.headsNote':
		'd_model = {d} 固定不变；h 必须整除它，于是每个头分到 d_k = d_model / h = {dk} 维。',
	'attn.headsRounded': 'h = {asked} 不能整除 d_model = {d}；改为显示 h = {h}。',
	'attn.smallLabel': '第 {n} 个头：{head}',
	'attn.concatTitle': '拼接各个头',
	'attn.concatAbout':
		'每个头输出 n × {dk}；并排拼起来又是 n × {d}，不论 h 是多少。竖线把各个头隔开。',
	'attn.woTitle': '用 W_O 投影',
	'attn.woAbout':
		'输出 = concat · W_O = Σₕ headₕ · W_Oʰ：W_O 决定每个头的输出如何写回模型的 {d} 维。这里第 h 个头的值向量取自 x 的第 h 段（宽 {dk} 维），W_O = I 把每个头写回原来那一段，所以输出就是拼接结果本身。训练出来的 W_O 是一个稠密的 {d} × {d} 矩阵，会把各个头混合起来。',
	'attn.concatLabel': '拼接后的各头输出，{n} × {d}',
	'attn.woLabel': 'W_O，{d} × {d}，按 {dk} × {dk} 分块',
	'attn.woBlockI': '第 h{row} 行、h{col} 列的块：{dk} × {dk} 单位矩阵',
	'attn.woBlock0': '第 h{row} 行、h{col} 列的块：全零',
	'attn.outLabel': '多头注意力的输出，{n} × {d}',
	'attn.multiMax': '你的文本有 {total} 个词元；小图只使用前 {max} 个，以便看清每个头的模式。',
	'attn.params':
		'每个头：W_Q、W_K、W_V 都是 {d} × {dk}；所有头合计 3 × {d} × {d} = {total} 个权重，与 h 无关。',
	'attn.dim': '第 {d} 维',
	'attn.src': '注意力头',
	'attn.src.built': '手工构造',
	'attn.src.gpt': '微型 GPT 学到的',
	'attn.layer': '层',
	'attn.gptHeadName': '第 {layer} 层第 {head} 个头',
	'attn.gptCount': '微型 GPT 的字节级 BPE 共 {count} 个词元',
	'attn.gptLoading': '正在加载微型 GPT…',
	'attn.gptReading': '微型 GPT 正在读这个句子…',
	'attn.gptFailed': '微型 GPT 无法运行：{error}',
	'attn.gptTruncated':
		'对微型 GPT 来说，你的文本有 {total} 个词元；它一次最多读 {max} 个（它的上下文），所以这里是它在前 {max} 个词元上的注意力头。',
	'attn.gptTokens':
		'这些词元是微型 GPT 自己的字节级 BPE 片段：␣ 是空格，⏎ 是换行，<E7 8C> 是被拆到几个词元里的字符的字节，模型读到的就是这样。',
	'attn.gptAbout':
		'这些注意力头是学出来的，不是手工构造的：它们属于微型 GPT，一个有 {params} 个参数的解码器（{layers} 层 × 每层 {heads} 个头，d_model = {d}），用本指南自己的文本训练而成。它根据读到的内容做条件生成、复现本指南的内容；它不会推理，也不了解世界。这些不是 GPT-4 的注意力头，也不是任何其他 LLM 的。',
	'attn.gptCausal':
		'因果：每个词元只能看到自己和它前面的词元，所以对角线右边全是 0。第一个词元只能看自己。',
	'attn.gptLayerAbout':
		'微型 GPT 每层有 {heads} 个头，每个头 d_k = {d} / {heads} = {dk}。它的值向量、各头的拼接和训练出的 W_O 都在模型内部：这里显示第 {layer} 层每个头的注意力权重。',
	'attn.gptScores':
		'这些步骤使用手工构造的头，d_k = {dk}，好让每个数字都放得下。在上面选择“微型 GPT 学到的”，就能看到同样的步骤，用的是微型 GPT 自己的查询和键（d_k = {gptDk}），在你的浏览器里算出。',
	'attn.gptScoresMax':
		'对微型 GPT 来说，你的文本有 {total} 个词元；逐步演示只显示前 {max} 个，以便每个数字都能看清。它的注意力是因果的，所以这些数字与它读完整段文本时为这几个词元算出的完全相同。',
	'attn.stageAbout.qkvGpt':
		'每个词元都有一个查询（它要找什么）、一个键（它能提供什么）和一个值（它要传递什么）。这些是微型 GPT 自己的，第 {layer} 层第 {head} 个头：用它训练出的 W_Q、W_K、W_V 乘以该层经过层归一化的输入得到。这里 d_k = {dk}。它们是学出来的，不是挑出来的，所以这里不能修改。'
};

export const attention = strings(en, zh);
export const t = translator(attention);
