/** Strings of the encoders-vs-decoders demo (question 46). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';

const en = {
	'ed.intro':
		'A transformer reading a sentence and writing its translation. Step through the output token by token, pick an attention block in the diagram to see its weights, and hover or focus a token to light what it can see.',
	'ed.honest':
		'This is not a trained translator. The attention weights come from this guide’s word vectors and hand-built positional heads (the engine of the attention pages), not from a model trained on translation, and the output tokens are given (teacher forcing, as in training) rather than generated.',
	'ed.source': 'Source sentence (encoder input)',
	'ed.target': 'Translation (given to the decoder)',
	'ed.textHint': '{count} tokens; the views use the first {max}.',
	'ed.examples': 'Example pairs',
	'ed.swap': 'Swap source and translation',
	'ed.example.guide.en': 'Encoders process input sequences into abstract representations',
	'ed.example.guide.zh': '编码器将输入序列处理成抽象表示',
	'ed.example.decoder.en': 'The decoder produces the target language',
	'ed.example.decoder.zh': '解码器生成目标语言',
	'ed.example.cat.en': 'The cat chased the mouse',
	'ed.example.cat.zh': '猫追老鼠',
	'ed.arch': 'Architecture',
	'ed.arch.encdec': 'Encoder–decoder (T5)',
	'ed.arch.encoder': 'Encoder-only (BERT)',
	'ed.arch.decoder': 'Decoder-only (GPT)',
	'ed.view': 'Attention shown',
	'ed.view.encoder': 'Encoder self-attention (full)',
	'ed.view.decoder': 'Decoder masked self-attention (causal)',
	'ed.view.cross': 'Cross-attention (decoder queries, encoder keys)',
	'ed.head': 'Head',
	'ed.head.similar': 'Similar words',
	'ed.head.self': 'Same position',
	'ed.head.previous': 'Previous position',
	'ed.head.local': 'Nearby positions',
	'ed.head.first': 'First token',
	'ed.viewAbout.encoder':
		'Every source token looks at every source token, before and after it: the encoder reads the whole sentence at once.',
	'ed.viewAbout.decoder':
		'Each decoder token looks only at itself and the tokens before it (hatched cells are masked): when generating, the later tokens do not exist yet.',
	'ed.viewAbout.decoderOnly':
		'GPT has no encoder: the source is a prompt at the start of one sequence, and every token, prompt or answer, looks only backwards.',
	'ed.viewAbout.cross':
		'Each decoder token’s query meets the keys of the encoder’s output: this is where the decoder reads the source. Rows: decoder tokens; columns: source tokens.',
	'ed.crossNote':
		'The guide’s word vectors were never trained to match English with Chinese: the similar-words head finds a counterpart only where both languages use a word near the same shared terms (LLM, Transformer…), and the positional heads align by position alone. A trained model learns the alignment from millions of sentence pairs.',
	'ed.stepper': 'Generation steps',
	'ed.step':
		'Step {s} of {total}: the decoder reads {n} tokens and is trained to predict “{next}”.',
	'ed.stepGpt':
		'Step {s} of {total}: the model reads {n} tokens (prompt and answer so far) and is trained to predict “{next}”.',
	'ed.encoderOnly':
		'An encoder-only model does not generate: it turns the {n} source tokens into {n} vectors (for classification, tagging or retrieval). No decoder, no cross-attention, nothing to step through.',
	'ed.diagram': 'Block diagram of the {arch} architecture',
	'ed.block.encoder': 'Encoder × N',
	'ed.block.decoder': 'Decoder × N',
	'ed.block.selfFull': 'Self-attention',
	'ed.block.selfMasked': 'Masked self-attention',
	'ed.block.cross': 'Cross-attention',
	'ed.block.ffn': 'Feed-forward',
	'ed.io.source': 'source tokens',
	'ed.io.shifted': 'output so far',
	'ed.io.next': 'next token',
	'ed.io.vectors': 'one vector per token',
	'ed.io.sequence': 'prompt → output so far',
	'ed.pick': 'Show the {view}',
	'ed.tokensSource': 'Source tokens (encoder input)',
	'ed.tokensDecoder': 'Decoder input at this step',
	'ed.tokensSequence': 'The one sequence GPT reads at this step',
	'ed.nextGhost': 'to predict: {token}',
	'ed.tokenHint': 'Hover or focus a token (click to pin it) to light what it can see.',
	'ed.sees': '“{token}” can see {count} tokens: {list}.',
	'ed.seesPick': 'Hover, focus or click a token above.',
	'ed.heatmapLabel': '{view}, “{head}” head: rows are queries, columns keys',
	'ed.cell': '{query} → {key}: weight {w}',
	'ed.cellMasked': '{query} → {key}: masked (weight 0)',
	'ed.tableSummary': 'Show the weights as a table',
	'ed.tableCaption': '{view}, “{head}” head (rows: queries)',
	'ed.empty': 'The source sentence is empty: type a sentence to translate.',
	'ed.truncated': 'The {side} has {total} tokens; these views use the first {max}.',
	'ed.side.source': 'source',
	'ed.side.target': 'translation',
	'ed.loading': 'Computing word vectors from the guide’s text…'
};

const zh: Record<keyof typeof en, string> = {
	'ed.intro':
		'一个 Transformer 读入一句话并写出它的译文。逐个词元地推进输出，在框图中选一个注意力模块查看它的权重，把鼠标移到某个词元上（或用键盘聚焦）即可点亮它能看到的内容。',
	'ed.honest':
		'这不是一个训练好的翻译模型。注意力权重来自本指南的词向量和手工构造的位置注意力头（与注意力页面使用同一个引擎），而不是来自针对翻译训练的模型；输出词元是给定的（教师强制，与训练时相同），而不是生成出来的。',
	'ed.source': '源句子（编码器输入）',
	'ed.target': '译文（给解码器的输入）',
	'ed.textHint': '{count} 个词元；各视图使用前 {max} 个。',
	'ed.examples': '示例句对',
	'ed.swap': '交换源句子和译文',
	'ed.example.guide.en': 'Encoders process input sequences into abstract representations',
	'ed.example.guide.zh': '编码器将输入序列处理成抽象表示',
	'ed.example.decoder.en': 'The decoder produces the target language',
	'ed.example.decoder.zh': '解码器生成目标语言',
	'ed.example.cat.en': 'The cat chased the mouse',
	'ed.example.cat.zh': '猫追老鼠',
	'ed.arch': '架构',
	'ed.arch.encdec': '编码器–解码器（T5）',
	'ed.arch.encoder': '仅编码器（BERT）',
	'ed.arch.decoder': '仅解码器（GPT）',
	'ed.view': '显示的注意力',
	'ed.view.encoder': '编码器自注意力（完整）',
	'ed.view.decoder': '解码器掩码自注意力（因果）',
	'ed.view.cross': '交叉注意力（解码器的查询，编码器的键）',
	'ed.head': '注意力头',
	'ed.head.similar': '相似的词',
	'ed.head.self': '相同位置',
	'ed.head.previous': '前一个位置',
	'ed.head.local': '附近的位置',
	'ed.head.first': '第一个词元',
	'ed.viewAbout.encoder': '每个源词元都看所有源词元，无论在它之前还是之后：编码器一次读入整句话。',
	'ed.viewAbout.decoder':
		'每个解码器词元只看它自己和它之前的词元（斜线格子被掩码遮住）：生成时，后面的词元还不存在。',
	'ed.viewAbout.decoderOnly':
		'GPT 没有编码器：源句子作为提示放在同一个序列的开头，每个词元，无论属于提示还是回答，都只往前看。',
	'ed.viewAbout.cross':
		'每个解码器词元的查询与编码器输出的键相遇：解码器正是在这里读取源句子。行：解码器词元；列：源词元。',
	'ed.crossNote':
		'本指南的词向量从未被训练来对齐英文和中文：“相似的词”头只有在两种语言的词恰好出现在相同的共有术语（LLM、Transformer…）附近时才能找到对应词，位置头只按位置对齐。训练好的模型会从数以百万计的句对中学会这种对齐。',
	'ed.stepper': '生成步骤',
	'ed.step': '第 {s} 步，共 {total} 步：解码器读入 {n} 个词元，训练目标是预测“{next}”。',
	'ed.stepGpt':
		'第 {s} 步，共 {total} 步：模型读入 {n} 个词元（提示加上目前的回答），训练目标是预测“{next}”。',
	'ed.encoderOnly':
		'仅编码器的模型不生成文本：它把 {n} 个源词元变成 {n} 个向量（用于分类、标注或检索）。没有解码器，没有交叉注意力，也没有可以逐步推进的内容。',
	'ed.diagram': '{arch}架构的框图',
	'ed.block.encoder': '编码器 × N',
	'ed.block.decoder': '解码器 × N',
	'ed.block.selfFull': '自注意力',
	'ed.block.selfMasked': '掩码自注意力',
	'ed.block.cross': '交叉注意力',
	'ed.block.ffn': '前馈网络',
	'ed.io.source': '源词元',
	'ed.io.shifted': '目前的输出',
	'ed.io.next': '下一个词元',
	'ed.io.vectors': '每个词元一个向量',
	'ed.io.sequence': '提示 → 目前的输出',
	'ed.pick': '显示{view}',
	'ed.tokensSource': '源词元（编码器输入）',
	'ed.tokensDecoder': '这一步的解码器输入',
	'ed.tokensSequence': '这一步 GPT 读入的整个序列',
	'ed.nextGhost': '待预测：{token}',
	'ed.tokenHint': '把鼠标移到某个词元上或聚焦它（点击可固定），即可点亮它能看到的内容。',
	'ed.sees': '“{token}”能看到 {count} 个词元：{list}。',
	'ed.seesPick': '把鼠标移到上面的某个词元上，或聚焦、点击它。',
	'ed.heatmapLabel': '{view}，“{head}”头：行是查询，列是键',
	'ed.cell': '{query} → {key}：权重 {w}',
	'ed.cellMasked': '{query} → {key}：被掩码遮住（权重 0）',
	'ed.tableSummary': '以表格显示权重',
	'ed.tableCaption': '{view}，“{head}”头（行：查询）',
	'ed.empty': '源句子是空的：输入一句要翻译的话。',
	'ed.truncated': '{side}有 {total} 个词元；这些视图使用前 {max} 个。',
	'ed.side.source': '源句子',
	'ed.side.target': '译文',
	'ed.loading': '正在根据本指南的文本计算词向量…'
};

export const encodersVsDecoders = strings(en, zh);
export const t = translator(encodersVsDecoders);
