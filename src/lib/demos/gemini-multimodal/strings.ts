/** Strings of the gemini-multimodal demo (question 33). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';

const en = {
	'gm.intro':
		'How an image becomes tokens that sit in one sequence with text: the picture is cut into patches, each patch is flattened and projected into a vector, and the patch tokens are joined with the text tokens.',
	'gm.computed':
		'Computed here, in your browser: the patches, their flattening, a projection by a random matrix drawn from the seed (a stand-in for the learned patch embedding of a Vision Transformer, Dosovitskiy et al. 2021, §3.1), the token counts and the attention cost. What a trained model like Gemini adds: projections and attention learned from enormous amounts of image and text, so that words and image regions that mean the same thing end up close. Gemini reads images, audio and video as tokens interleaved with text in one sequence (Gemini Team 2023, §2); how its image tokenizer works exactly is not fully published.',
	'gm.picture': 'Picture',
	'gm.preset.apple': 'Apple',
	'gm.preset.stripes': 'Stripes',
	'gm.preset.sunset': 'Sunset',
	'gm.file': 'Or your own image',
	'gm.fileHint':
		'Decoded in your browser and never uploaded. It is not in the link: the link keeps the preset, patch size, resolution and text.',
	'gm.usingFile': 'Showing your image “{name}” ({w} × {h}), cropped to its centre square.',
	'gm.backToPreset': 'Back to the preset',
	'gm.scaled':
		'Your image is {mp} megapixels: it was scaled down on a canvas to {max} px on its longest side before patching.',
	'gm.notImage': '“{name}” could not be decoded as an image. Choose a PNG, JPEG, GIF or WebP file.',
	'gm.loadingFile': 'Decoding your image…',
	'gm.patch': 'Patch size P',
	'gm.patchValue': '{p} px',
	'gm.res': 'Resolution',
	'gm.resValue': '{r} × {r} px',
	'gm.text': 'Text',
	'gm.textHint': '{count} tokens; the view uses the first {max}.',
	'gm.example': 'a red apple on green grass under a blue sky',
	'gm.exampleB': 'a yellow sun over black hills',
	'gm.exampleZh': '蓝天下绿草地上的红苹果',
	'gm.seed': 'Projection seed',
	'gm.cropped':
		'{res} is not a multiple of {p}: the last {c} px of each side fill no whole patch and are cropped.',
	'gm.tooSmall':
		'The patch is larger than the image: no whole patch fits. Lower the patch size or raise the resolution.',
	'gm.imageLabel':
		'The picture at {res} × {res} px cut into {cols} × {rows} patches; patch {i} selected',
	'gm.imageHint':
		'Click a patch, or focus the picture and use the arrow keys, to see its vector. Patches far from the chosen word’s colour are darkened.',
	'gm.patchName': 'patch {i} (row {row}, column {col})',
	'gm.wordPick': 'Text token to compare with every patch',
	'gm.noColour':
		'“{word}” names no colour. The hand-built mapping here knows only colour words, so nothing lights up; a trained model learns such alignments for any word from image–text data.',
	'gm.colourAbout':
		'“{word}” is compared with every patch’s mean colour in CIELAB, a colour space where distance follows perceived difference: similarity = exp(−ΔE² / 2·{w}²). This alignment is built by hand; a trained model learns one from data.',
	'gm.simLegend': 'Bright: similar to “{word}”. Dark: not.',
	'gm.vectorTitle': 'One patch becomes one token vector',
	'gm.vectorAbout':
		'The {p} × {p} patch is flattened into {D} numbers (each pixel’s R, G, B, row by row), then multiplied by a {D} × {d} matrix E: token = x · E. Here E is random, from seed {seed}; in a ViT or in Gemini it is learned.',
	'gm.flatLabel': 'The flattened patch: {D} numbers from 0 to 1',
	'gm.tokenLabel': 'Token vector of {patch}: {d} numbers',
	'gm.tokenTable': 'Show the token vector as a table',
	'gm.tokenCaption': 'Token vector of {patch}',
	'gm.dim': 'dimension',
	'gm.value': 'value',
	'gm.sequenceTitle': 'One sequence of image and text tokens',
	'gm.sequenceAbout':
		'{image} patch tokens, then {text} text tokens: {total} tokens in one sequence that the transformer attends over. The text vectors here are seeded random rows of an untrained embedding table, of the same width {d}.',
	'gm.sequenceLabel': 'The sequence: patch tokens by their mean colour, then the text tokens',
	'gm.more': '+ {n} more patches',
	'gm.costTitle': 'Tokens and attention cost',
	'gm.imageTokens': 'Image tokens (res / P)²',
	'gm.textTokens': 'Text tokens',
	'gm.totalTokens': 'Sequence length n',
	'gm.scores': 'Attention scores n² per head and layer',
	'gm.flops': 'Attention FLOPs, ViT-Base shape',
	'gm.costAbout':
		'Attention compares every token with every other, so its cost grows with n², and n grows with (res / P)²: double the resolution, or halve the patch, and the image tokens grow 4 times and attention about 16 times. ViT-Base/16 at 224 px has 196 patch tokens. FLOPs = 4 · layers · heads · head width · n², with ViT-Base’s 12 layers, 12 heads of width 64 (Dosovitskiy et al. 2021, Table 1).',
	'gm.chartLabel': 'Attention FLOPs against resolution, one line per patch size (log scale)',
	'gm.chartX': 'resolution (px)',
	'gm.chartY': 'attention FLOPs',
	'gm.linePatch': 'P = {p}',
	'gm.chartTable': 'Show the costs as a table',
	'gm.chartCaption':
		'Image tokens and attention FLOPs (ViT-Base shape, image tokens only) by resolution and patch size',
	'gm.resCol': 'resolution',
	'gm.tokensAt': 'P = {p}: tokens',
	'gm.flopsAt': 'P = {p}: FLOPs'
};

const zh: Record<keyof typeof en, string> = {
	'gm.intro':
		'一张图像如何变成与文本同处一个序列的词元：把图像切成图块，把每个图块展平并投影成一个向量，再把图块词元和文本词元拼接起来。',
	'gm.computed':
		'在你的浏览器里计算的：图块、展平、用由种子生成的随机矩阵做的投影（代替 Vision Transformer 中学习得到的图块嵌入，Dosovitskiy 等，2021，§3.1）、词元数和注意力的开销。训练好的模型（如 Gemini）多出来的是：从海量图像和文本中学到的投影和注意力，使含义相同的词和图像区域彼此接近。Gemini 把图像、音频和视频当作词元，与文本交错放在同一个序列中读取（Gemini Team，2023，§2）；它的图像分词器具体如何工作，并未完全公开。',
	'gm.picture': '图像',
	'gm.preset.apple': '苹果',
	'gm.preset.stripes': '条纹',
	'gm.preset.sunset': '日落',
	'gm.file': '或者用你自己的图像',
	'gm.fileHint':
		'在你的浏览器里解码，从不上传。它不在链接中：链接只保存预设图像、图块大小、分辨率和文本。',
	'gm.usingFile': '正在显示你的图像“{name}”（{w} × {h}），裁剪为中间的正方形。',
	'gm.backToPreset': '回到预设图像',
	'gm.scaled': '你的图像有 {mp} 百万像素：切块之前已在画布上缩小到最长边 {max} 像素。',
	'gm.notImage': '“{name}”无法解码为图像。请选择 PNG、JPEG、GIF 或 WebP 文件。',
	'gm.loadingFile': '正在解码你的图像…',
	'gm.patch': '图块大小 P',
	'gm.patchValue': '{p} 像素',
	'gm.res': '分辨率',
	'gm.resValue': '{r} × {r} 像素',
	'gm.text': '文本',
	'gm.textHint': '{count} 个词元；视图使用前 {max} 个。',
	'gm.example': 'a red apple on green grass under a blue sky',
	'gm.exampleB': 'a yellow sun over black hills',
	'gm.exampleZh': '蓝天下绿草地上的红苹果',
	'gm.seed': '投影种子',
	'gm.cropped': '{res} 不是 {p} 的倍数：每边最后 {c} 像素凑不成完整的图块，被裁掉。',
	'gm.tooSmall': '图块比图像还大：放不下一个完整的图块。请减小图块大小或提高分辨率。',
	'gm.imageLabel': '{res} × {res} 像素的图像被切成 {cols} × {rows} 个图块；选中第 {i} 个图块',
	'gm.imageHint':
		'点击一个图块，或聚焦图像后用方向键，查看它的向量。与所选词的颜色相差远的图块会变暗。',
	'gm.patchName': '第 {i} 个图块（第 {row} 行，第 {col} 列）',
	'gm.wordPick': '与每个图块比较的文本词元',
	'gm.noColour':
		'“{word}”不是颜色词。这里手工构造的对应关系只认识颜色词，所以什么都不会亮；训练好的模型会从图文数据中为任何词学到这样的对应。',
	'gm.colourAbout':
		'把“{word}”与每个图块的平均颜色在 CIELAB 中比较，这个颜色空间里的距离与人眼感知的差别一致：相似度 = exp(−ΔE² / 2·{w}²)。这种对应是手工构造的；训练好的模型会从数据中学到。',
	'gm.simLegend': '亮：与“{word}”相似。暗：不相似。',
	'gm.vectorTitle': '一个图块变成一个词元向量',
	'gm.vectorAbout':
		'{p} × {p} 的图块被展平为 {D} 个数（每个像素的 R、G、B，逐行排列），再乘以一个 {D} × {d} 的矩阵 E：词元 = x · E。这里 E 是随机的，来自种子 {seed}；在 ViT 或 Gemini 中它是学出来的。',
	'gm.flatLabel': '展平后的图块：{D} 个 0 到 1 之间的数',
	'gm.tokenLabel': '{patch}的词元向量：{d} 个数',
	'gm.tokenTable': '以表格显示词元向量',
	'gm.tokenCaption': '{patch}的词元向量',
	'gm.dim': '维度',
	'gm.value': '值',
	'gm.sequenceTitle': '图像词元和文本词元组成同一个序列',
	'gm.sequenceAbout':
		'{image} 个图块词元，接着 {text} 个文本词元：共 {total} 个词元组成一个序列，Transformer 在其上做注意力。这里的文本向量是一个未经训练的嵌入表中由种子生成的随机行，宽度同为 {d}。',
	'gm.sequenceLabel': '序列：按平均颜色显示的图块词元，接着是文本词元',
	'gm.more': '另有 {n} 个图块',
	'gm.costTitle': '词元数和注意力开销',
	'gm.imageTokens': '图像词元 (res / P)²',
	'gm.textTokens': '文本词元',
	'gm.totalTokens': '序列长度 n',
	'gm.scores': '每个头、每层的注意力分数 n²',
	'gm.flops': '注意力 FLOPs，ViT-Base 的结构',
	'gm.costAbout':
		'注意力让每个词元与其他所有词元比较，所以开销按 n² 增长，而 n 按 (res / P)² 增长：分辨率加倍或图块减半，图像词元变为 4 倍，注意力约为 16 倍。ViT-Base/16 在 224 像素时有 196 个图块词元。FLOPs = 4 · 层数 · 头数 · 头宽 · n²，取 ViT-Base 的 12 层、12 个宽 64 的头（Dosovitskiy 等，2021，表 1）。',
	'gm.chartLabel': '注意力 FLOPs 随分辨率的变化，每种图块大小一条线（对数刻度）',
	'gm.chartX': '分辨率（像素）',
	'gm.chartY': '注意力 FLOPs',
	'gm.linePatch': 'P = {p}',
	'gm.chartTable': '以表格显示开销',
	'gm.chartCaption':
		'不同分辨率和图块大小下的图像词元数和注意力 FLOPs（ViT-Base 结构，只计图像词元）',
	'gm.resCol': '分辨率',
	'gm.tokensAt': 'P = {p}：词元',
	'gm.flopsAt': 'P = {p}：FLOPs'
};

export const geminiMultimodal = strings(en, zh);
export const t = translator(geminiMultimodal);
