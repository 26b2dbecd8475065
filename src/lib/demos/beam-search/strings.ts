/** Strings of the beam-search demo (question 5). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';
import { sampling } from '$lib/components/next-token/strings';

const en = {
	'beam.mode': 'Model',
	'beam.modeToy': 'Toy tree (editable)',
	'beam.modeModel': 'Language model trained on the guide',
	'beam.width': 'Beam width k',
	'beam.widthGreedy': '1 (greedy)',
	'beam.steps': 'Max steps',
	'beam.alpha': 'Length penalty α',
	'beam.alphaOff': '0 (off)',
	'beam.eos': 'Allow the end token ⏎ (a beam that emits it is finished)',
	'beam.scoreFormula':
		'Beams are ranked by score = log P / length^α, with log P the sum of the chosen tokens’ natural-log probabilities. α = 0 ranks by probability alone, which favours short endings.',
	'beam.promptLabel': 'Prompt:',
	'beam.toyDepth':
		'The toy tree is {depth} tokens deep, so the search stops after {depth} steps whatever the maximum.',
	'beam.emptyPrompt':
		'The prompt is empty or ends a sentence, so the search starts a new sentence.',
	'beam.modelAbout':
		'A trigram model with Kneser-Ney smoothing, trained in your browser on the guide’s answers ({vocab} tokens). At each step every beam is expanded to its k likeliest next tokens.',
	'beam.gptNoEnd':
		'The tiny GPT has no end token, so every beam runs the full number of steps; each expansion of each beam is one pass through the model, in a worker.',
	'beam.stepperLabel': 'Beam search steps',
	'beam.treeSummary': '{nodes} candidates so far; at this step {kept} kept, {pruned} pruned.',
	'beam.treeLabel': 'Beam search tree after step {step}, beam width {width}',
	'beam.rootToken': 'prompt',
	'beam.rootReading': 'The prompt, the root of the search: {n} candidates grown from it so far.',
	'beam.nodeReading':
		'“{path}” (step {step}): token “{token}”, P {p} (log {logp}); total log P {cum}, score {score}; {status}.',
	'beam.status.root': 'root',
	'beam.status.live': 'a live beam',
	'beam.status.finished': 'a finished sequence',
	'beam.status.prefix': 'the start of a surviving beam',
	'beam.status.dropped': 'kept, then every continuation was pruned',
	'beam.status.pruned': 'pruned',
	'beam.status.greedy': 'greedy’s path only, never kept by the beam',
	'beam.zoom': 'Zoom',
	'beam.zoomIn': 'Zoom in',
	'beam.zoomOut': 'Zoom out',
	'beam.fit': 'Fit',
	'beam.readoutHint':
		'Hover over a node, or Tab into the tree and move with the arrow keys, to read its numbers.',
	'beam.legendLive': 'live beam',
	'beam.legendFinished': 'finished',
	'beam.legendPruned': 'pruned',
	'beam.legendGreedy': 'greedy decoding’s path',
	'beam.treeHint':
		'Drag to pan; Ctrl + wheel, a pinch or the buttons to zoom. In the tree: → child, ← parent, ↑ ↓ along the step, Home the root, End the best beam.',
	'beam.finalHeading': 'Final sequences ({n}), best score first',
	'beam.midHeading': 'Beams after step {step}, best score first',
	'beam.beamNumbers': 'score {score} · log P {logp} · P {p}',
	'beam.liveTag': 'still growing',
	'beam.greedyTag': 'same as greedy',
	'beam.greedyHeading': 'Greedy decoding (always the likeliest next token)',
	'beam.greedySame': 'Greedy decoding found the same best sequence.',
	'beam.greedyLoses':
		'The best beam is {ratio}× as probable as greedy’s sequence: greedy’s locally best token led it to a worse whole.',
	'beam.greedyWinsP':
		'Greedy’s sequence is at least as probable as the top beam: beams are ranked by score (with the length penalty), and beam search is not an exact search either.',
	'beam.diversityHeading': 'How different are the beams?',
	'beam.distinct': 'Distinct sequences',
	'beam.commonPrefix': 'Tokens shared by all',
	'beam.sharedPrefix': 'Mean shared prefix',
	'beam.nearDuplicates': 'Pairs ≤ 1 token apart',
	'beam.distinct2': 'distinct-2',
	'beam.similarVerdict':
		'These beams are near-duplicates: they share long stretches of tokens, so a wider beam mostly buys variations of one sentence.',
	'beam.variedVerdict':
		'These beams are fairly varied: they part early and share few word pairs. Wider beams and longer searches usually make them converge.',
	'beam.tableBeams': 'Show the beams as a table',
	'beam.tableCandidates': 'Show every candidate of step {step}',
	'beam.tableCandidatesCaption': 'The candidates of step {step}, in expansion order',
	'beam.colRank': 'Rank',
	'beam.colSequence': 'Sequence',
	'beam.colScore': 'Score',
	'beam.colLogP': 'log P',
	'beam.colTokenP': 'P per token',
	'beam.colStatus': 'Status',
	'beam.editToy': 'Edit the toy tree’s probabilities',
	'beam.editToyHint':
		'Each box is a weight from 0 to 100; the weights of one context are normalised to probabilities (shown on the right).',
	'beam.weightLabel': 'Weight of “{token}” after “{context}”',
	'beam.resetToy': 'Reset to the greedy trap'
};

const zh: Record<keyof typeof en, string> = {
	'beam.mode': '模型',
	'beam.modeToy': '玩具树（可编辑）',
	'beam.modeModel': '用本指南训练的语言模型',
	'beam.width': '束宽 k',
	'beam.widthGreedy': '1（贪婪）',
	'beam.steps': '最大步数',
	'beam.alpha': '长度惩罚 α',
	'beam.alphaOff': '0（关闭）',
	'beam.eos': '允许结束词元 ⏎（生成它的束即告完成）',
	'beam.scoreFormula':
		'束按分数排序：分数 = log P / 长度^α，其中 log P 是所选词元自然对数概率之和。α = 0 时只看概率，会偏爱早早结束的短序列。',
	'beam.promptLabel': '提示词：',
	'beam.toyDepth': '玩具树只有 {depth} 层，所以无论最大步数设多少，搜索都在第 {depth} 步结束。',
	'beam.emptyPrompt': '提示词为空或以句末标点结尾，所以搜索从一个新句子开始。',
	'beam.modelAbout':
		'一个使用 Kneser-Ney 平滑的三元语法模型，在你的浏览器中用本指南的回答训练而成（词表共 {vocab} 个词元）。每一步，每个束都扩展出它最可能的 k 个下一个词元。',
	'beam.gptNoEnd':
		'微型 GPT 没有结束词元，所以每个束都会走满全部步数；每个束的每次扩展都是一次模型前向计算，在 worker 中运行。',
	'beam.stepperLabel': '束搜索的步骤',
	'beam.treeSummary': '目前共 {nodes} 个候选；这一步保留 {kept} 个，剪掉 {pruned} 个。',
	'beam.treeLabel': '第 {step} 步后的束搜索树，束宽 {width}',
	'beam.rootToken': '提示词',
	'beam.rootReading': '提示词，即搜索的根：目前由它长出了 {n} 个候选。',
	'beam.nodeReading':
		'“{path}”（第 {step} 步）：词元“{token}”，P {p}（对数 {logp}）；累计 log P {cum}，分数 {score}；{status}。',
	'beam.status.root': '根',
	'beam.status.live': '仍在扩展的束',
	'beam.status.finished': '已完成的序列',
	'beam.status.prefix': '某个存活束的开头',
	'beam.status.dropped': '曾被保留，但后续全部被剪掉',
	'beam.status.pruned': '被剪掉',
	'beam.status.greedy': '只在贪婪解码的路径上，束从未保留它',
	'beam.zoom': '缩放',
	'beam.zoomIn': '放大',
	'beam.zoomOut': '缩小',
	'beam.fit': '适应窗口',
	'beam.readoutHint': '将鼠标悬停在节点上，或用 Tab 进入树后用方向键移动，即可读出它的数值。',
	'beam.legendLive': '存活的束',
	'beam.legendFinished': '已完成',
	'beam.legendPruned': '被剪掉',
	'beam.legendGreedy': '贪婪解码的路径',
	'beam.treeHint':
		'拖动可平移；按住 Ctrl 滚动滚轮、双指缩放或用按钮缩放。在树中：→ 子节点，← 父节点，↑ ↓ 同一步内移动，Home 回到根，End 跳到最佳束。',
	'beam.finalHeading': '最终序列（{n} 个），按分数从高到低',
	'beam.midHeading': '第 {step} 步后的束，按分数从高到低',
	'beam.beamNumbers': '分数 {score} · log P {logp} · P {p}',
	'beam.liveTag': '仍在扩展',
	'beam.greedyTag': '与贪婪相同',
	'beam.greedyHeading': '贪婪解码（每步都取最可能的词元）',
	'beam.greedySame': '贪婪解码找到的最佳序列与束搜索相同。',
	'beam.greedyLoses': '最佳束的概率是贪婪序列的 {ratio} 倍：贪婪在局部选了最好的词元，整体却更差。',
	'beam.greedyWinsP':
		'贪婪序列的概率不低于排名第一的束：束按分数（含长度惩罚）排序，而且束搜索也不是精确搜索。',
	'beam.diversityHeading': '各束有多不同？',
	'beam.distinct': '不同序列数',
	'beam.commonPrefix': '全部共有的开头词元',
	'beam.sharedPrefix': '平均共同前缀',
	'beam.nearDuplicates': '相差不超过 1 个词元的对数',
	'beam.distinct2': 'distinct-2',
	'beam.similarVerdict':
		'这些束几乎相同：它们有大段相同的词元，所以把束加宽多半只换来同一句话的几种变体。',
	'beam.variedVerdict':
		'这些束相对多样：它们很早就分开，共有的相邻词对也不多。束更宽、搜索更长时，它们通常会趋于相同。',
	'beam.tableBeams': '以表格查看各束',
	'beam.tableCandidates': '查看第 {step} 步的全部候选',
	'beam.tableCandidatesCaption': '第 {step} 步的候选，按扩展顺序排列',
	'beam.colRank': '名次',
	'beam.colSequence': '序列',
	'beam.colScore': '分数',
	'beam.colLogP': 'log P',
	'beam.colTokenP': '每个词元的 P',
	'beam.colStatus': '状态',
	'beam.editToy': '编辑玩具树的概率',
	'beam.editToyHint':
		'每个输入框是 0 到 100 的权重；同一上下文下的权重会归一化为概率（显示在右侧）。',
	'beam.weightLabel': '“{context}”之后“{token}”的权重',
	'beam.resetToy': '恢复为贪婪陷阱示例'
};

export const beam = strings(en, zh);
export const t = translator(sampling, beam);
