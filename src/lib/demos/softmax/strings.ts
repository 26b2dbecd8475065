/** Strings of the softmax demo (question 23). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';
import { sampling } from '$lib/components/next-token/strings';

const en = {
	'softmax.intro':
		'In attention these scores are a query’s scaled dot products with each key; softmax turns them into weights that are positive and add up to 1. Edit the scores and follow the steps: exponentiate, add up, divide.',
	'softmax.presets': 'Start from',
	'softmax.preset.small': 'Small scores',
	'softmax.preset.equal': 'Equal scores',
	'softmax.preset.winner': 'One clear winner',
	'softmax.preset.large': 'Large numbers (≈ 1000)',
	'softmax.preset.negative': 'Very negative (≈ −1000)',
	'softmax.temperatureNote':
		'Every score is divided by T before the exponential: below 1 the largest score takes more, above 1 the weights even out.',
	'softmax.temperatureLink': 'Temperature in sampling: question 6',
	'softmax.caption': 'Scores, their exponentials and the probabilities at T = {t}',
	'softmax.col.score': 'Score',
	'softmax.col.exp': 'Exponential',
	'softmax.col.p': 'Probability',
	'softmax.scoreLabel': 'Score {name}',
	'softmax.remove': 'Remove {name}',
	'softmax.sum': 'Sum',
	'softmax.add': 'Add a score',
	'softmax.editHint':
		'Type a score or drag its bar sideways: {min} to {max} scores, each from −1000 to 1000. The exponentials are drawn relative to the largest one.',
	'softmax.padded':
		'Softmax here needs at least {min} scores and the link has {n}, so zeros were added.',
	'softmax.shift': 'Add the same number c to every score',
	'softmax.subtractMax': 'Subtract the max',
	'softmax.shiftLimit': 'Shifts that would push a score beyond ±1000 are switched off.',
	'softmax.shifted':
		'Added c = {c} to every score. Each exp(x/T) was multiplied by exp(c/T) = {factor}, and so was their sum, so the factor cancels in the division:',
	'softmax.pBefore': 'p before',
	'softmax.pAfter': 'p after',
	'softmax.compareTitle': 'Naive formula against stable formula',
	'softmax.naive': 'Naive',
	'softmax.stable': 'Stable',
	'softmax.maxIs': 'with m = max x = {m}',
	'softmax.problem.overflow':
		'The naive formula overflows: exp({z}) is larger than the largest 64-bit float (about 1.8×10³⁰⁸ = exp(709.78)), so it becomes Infinity, and Infinity / Infinity is NaN.',
	'softmax.problem.sumOverflow':
		'Each exp(x/T) still fits in a 64-bit float, but their sum passes about 1.8×10³⁰⁸ and becomes Infinity, so every naive p is a number divided by Infinity: 0.',
	'softmax.problem.underflow':
		'The naive formula underflows: every exp(x/T) is below the smallest 64-bit float (about 5×10⁻³²⁴ = exp(−745)), so each one rounds to 0, and 0 / 0 is NaN.',
	'softmax.problem.none':
		'Here both formulas agree (largest difference {d}). Try “Large numbers” or “Very negative”.',
	'softmax.why':
		'Subtracting m changes nothing mathematically: exp(x − m) = exp(x) · exp(−m), and exp(−m) cancels between numerator and denominator. But every exponent becomes ≤ 0, so each term is at most 1, the largest is exactly 1, and the sum lies between 1 and n: no overflow, no 0 / 0. Deep-learning libraries compute softmax this way.',
	'softmax.compareCaption': 'Both formulas in 64-bit floating point at T = {t}'
};

const zh: Record<keyof typeof en, string> = {
	'softmax.intro':
		'在注意力机制中，这些分数是查询向量与每个键向量的缩放点积；softmax 把它们变成一组为正、总和为 1 的权重。修改分数，一步步看它怎么算：取指数、求和、相除。',
	'softmax.presets': '从这里开始',
	'softmax.preset.small': '较小的分数',
	'softmax.preset.equal': '分数相同',
	'softmax.preset.winner': '一枝独秀',
	'softmax.preset.large': '大数（约 1000）',
	'softmax.preset.negative': '很负的数（约 −1000）',
	'softmax.temperatureNote':
		'取指数之前，每个分数先除以 T：T 小于 1 时最大的分数分得更多，大于 1 时各项权重更平均。',
	'softmax.temperatureLink': '采样中的温度：问题 6',
	'softmax.caption': 'T = {t} 时的分数、指数与概率',
	'softmax.col.score': '分数',
	'softmax.col.exp': '指数',
	'softmax.col.p': '概率',
	'softmax.scoreLabel': '分数 {name}',
	'softmax.remove': '删除 {name}',
	'softmax.sum': '总和',
	'softmax.add': '添加一个分数',
	'softmax.editHint':
		'输入分数，或左右拖动它的条形：可以有 {min} 到 {max} 个分数，每个在 −1000 到 1000 之间。指数一栏的条形按其中最大的一个等比例缩放。',
	'softmax.padded': '这里至少需要 {min} 个分数，而链接里只有 {n} 个，已用 0 补齐。',
	'softmax.shift': '给每个分数加上同一个数 c',
	'softmax.subtractMax': '减去最大值',
	'softmax.shiftLimit': '会把某个分数推出 ±1000 的平移已停用。',
	'softmax.shifted':
		'每个分数都加上了 c = {c}。每个 exp(x/T) 都乘上了 exp(c/T) = {factor}，它们的和也一样，所以这个因子在相除时约掉了：',
	'softmax.pBefore': '平移前的 p',
	'softmax.pAfter': '平移后的 p',
	'softmax.compareTitle': '朴素公式与稳定公式',
	'softmax.naive': '朴素',
	'softmax.stable': '稳定',
	'softmax.maxIs': '其中 m = max x = {m}',
	'softmax.problem.overflow':
		'朴素公式溢出了：exp({z}) 超过了 64 位浮点数能表示的最大值（约 1.8×10³⁰⁸，即 exp(709.78)），于是变成 Infinity，而 Infinity / Infinity 得 NaN。',
	'softmax.problem.sumOverflow':
		'每个 exp(x/T) 都还能用 64 位浮点数表示，但它们的和超过了约 1.8×10³⁰⁸，变成 Infinity，于是朴素公式的每个 p 都是一个数除以 Infinity，得 0。',
	'softmax.problem.underflow':
		'朴素公式下溢了：每个 exp(x/T) 都小于 64 位浮点数能表示的最小正数（约 5×10⁻³²⁴，即 exp(−745)），都被舍入为 0，而 0 / 0 得 NaN。',
	'softmax.problem.none': '这里两个公式的结果一致（最大差异 {d}）。试试“大数”或“很负的数”。',
	'softmax.why':
		'减去 m 在数学上什么也没改变：exp(x − m) = exp(x) · exp(−m)，exp(−m) 在分子和分母之间约掉了。但这样一来每个指数都 ≤ 0，每一项都不超过 1，最大的一项恰好是 1，总和介于 1 和 n 之间：既不会溢出，也不会出现 0 / 0。深度学习库都是这样计算 softmax 的。',
	'softmax.compareCaption': 'T = {t} 时两个公式在 64 位浮点数下的结果'
};

export const softmax = strings(en, zh);
export const t = translator(sampling, softmax);
