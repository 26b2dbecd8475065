/** Strings of the activation-derivative demo (question 30). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';
import { controls } from '$lib/components/controls/strings';

const en = {
	'relu.intro':
		'Pick an activation and read its value f(x) and its derivative f′(x) anywhere: hover the charts, click to pin x, or focus the upper chart and use the arrow keys. The table reads all six at the same x, the derivative twice: from the formula and from our autodiff engine’s backward pass.',
	'relu.activation': 'Activation',
	'relu.fn.relu': 'ReLU',
	'relu.fn.leakyRelu': 'Leaky ReLU',
	'relu.fn.gelu': 'GELU',
	'relu.fn.silu': 'SiLU',
	'relu.fn.sigmoid': 'Sigmoid',
	'relu.fn.tanh': 'tanh',
	'relu.alpha': 'Leaky ReLU slope α (for x < 0)',
	'relu.curvesTitle': 'The function and its derivative',
	'relu.fChart': '{name}(x) for x from −4 to 4',
	'relu.dfChart': 'The derivative {name}′(x) for x from −4 to 4',
	'relu.probe': 'x read out (arrow keys move it)',
	'relu.readoutHover': 'At the hovered x = {x}',
	'relu.readoutPinned': 'At x = {x}',
	'relu.col.activation': 'Activation',
	'relu.col.closed': 'f′(x), formula',
	'relu.col.autodiff': 'f′(x), autodiff',
	'relu.note.relu':
		'At x = 0 ReLU has a corner: the slope is 0 on the left and 1 on the right, so it has no derivative there. PyTorch, like TensorFlow and JAX, takes ReLU′(0) = 0 (the filled dot; the open dot is the right-hand slope 1), and so does our engine. Everywhere else the derivative is exactly 1 or exactly 0.',
	'relu.note.leakyRelu':
		'At x = 0 leaky ReLU has a corner too: slope α = {alpha} on the left, 1 on the right; PyTorch takes leaky ReLU′(0) = α (the filled dot). For x < 0 the derivative is α instead of 0, so a unit with a negative input still passes a little gradient and keeps learning.',
	'relu.note.gelu':
		'GELU, x·Φ(x) with Φ the normal distribution’s CDF (the exact form, PyTorch’s default), is smooth: GELU′(0) = {d0}. BERT and the GPT models use it. Its derivative dips below 0 for x < 0 and passes 1 a little for x > 0.',
	'relu.note.silu':
		'SiLU (swish), x·σ(x), is smooth: SiLU′(0) = {d0}. Gated variants of it (SwiGLU) sit in LLaMA’s feed-forward layers.',
	'relu.note.sigmoid':
		'Sigmoid is smooth, and its derivative σ(x)(1 − σ(x)) is largest at x = 0, where it is {d0} = ¼. So each sigmoid layer multiplies the gradient by ¼ at best, and by far less once |x| is large.',
	'relu.note.tanh':
		'tanh is smooth; its derivative 1 − tanh²(x) is 1 only at x = 0 ({d0} there) and falls fast away from it.',
	'relu.curveTable': 'Numbers of the two charts',
	'relu.curveCaption': '{name}(x) and {name}′(x) every 0.5',
	'relu.depthTitle': 'Through N layers',
	'relu.layers': 'Layers N',
	'relu.shift': 'Bias shift b',
	'relu.depthAbout':
		'A stack of N layers with {width} units each, at seeded random pre-activations z = b + ε (ε drawn from a standard normal). A gradient travelling back from layer N to layer 1 goes along paths, one unit per layer, and picks up one factor f′(z) at each. Drawn: the largest product any path can collect, and for ReLU also the average over all paths.',
	'relu.deadShare': 'Dead ReLU units (z ≤ 0)',
	'relu.deadExpected': 'expected, Φ(−b)',
	'relu.sigmoidAfter': 'Sigmoid, best path after {n} layers',
	'relu.reluAfter': 'ReLU, best path after {n} layers',
	'relu.allDead':
		'All {width} units of layer {layer} are dead (z ≤ 0): ReLU′ is 0 for each, so no gradient gets past it and the layers below it stop learning from this input.',
	'relu.best': '{name}: best path',
	'relu.mean': '{name}: average path',
	'relu.bound': '0.25ⁿ (sigmoid’s bound)',
	'relu.depthChart':
		'Product of activation derivatives after each of {n} layers, on a log scale: the best path for sigmoid, tanh and ReLU, ReLU’s average path, and 0.25ⁿ',
	'relu.layer': 'Layer',
	'relu.product': 'Product of f′',
	'relu.depthLegend':
		'Sigmoid’s line stays under 0.25ⁿ whatever the inputs: its gradient vanishes exponentially with depth. ReLU’s best path stays at exactly 1 while some unit in each layer is alive (a line that stops has hit 0). Its average path is the share of paths made only of live units; slide the shift b to watch it grow or collapse.',
	'relu.gridLabel':
		'The units of {layers} layers, {units} each: {dead} of {total} are dead for ReLU (z ≤ 0)',
	'relu.gridCaption':
		'One column per layer, one circle per unit: filled where z > 0 (ReLU passes the gradient on ×1), hollow where z ≤ 0 (a dead unit: ReLU′ = 0).',
	'relu.deadCol': 'Dead units',
	'relu.tableSummary': 'Numbers of the chart',
	'relu.tableCaption': 'Per layer ({width} units): dead share and products of derivatives',
	'relu.honest':
		'What this leaves out: a real network also multiplies the gradient by its weights at every layer, which can shrink or grow it too (initialisations such as He’s are scaled so that, with ReLU, it neither vanishes nor explodes on average). Here only the activations’ own factor is shown.'
};

const zh: Record<keyof typeof en, string> = {
	'relu.intro':
		'选一个激活函数，在任意位置读出它的值 f(x) 和导数 f′(x)：把鼠标移到图上，点击可固定 x，或让上方的图获得焦点后用方向键移动。下表在同一个 x 处读出全部六个函数，导数算两遍：一遍用公式，一遍用我们的自动微分引擎做反向传播。',
	'relu.activation': '激活函数',
	'relu.fn.relu': 'ReLU',
	'relu.fn.leakyRelu': 'Leaky ReLU',
	'relu.fn.gelu': 'GELU',
	'relu.fn.silu': 'SiLU',
	'relu.fn.sigmoid': 'Sigmoid',
	'relu.fn.tanh': 'tanh',
	'relu.alpha': 'Leaky ReLU 的斜率 α（x < 0 时）',
	'relu.curvesTitle': '函数及其导数',
	'relu.fChart': '{name}(x)，x 从 −4 到 4',
	'relu.dfChart': '导数 {name}′(x)，x 从 −4 到 4',
	'relu.probe': '读数所在的 x（方向键移动）',
	'relu.readoutHover': '鼠标所指的 x = {x} 处',
	'relu.readoutPinned': 'x = {x} 处',
	'relu.col.activation': '激活函数',
	'relu.col.closed': 'f′(x)，公式',
	'relu.col.autodiff': 'f′(x)，自动微分',
	'relu.note.relu':
		'ReLU 在 x = 0 处有一个折角：左边斜率为 0，右边为 1，所以该点不可导。PyTorch 与 TensorFlow、JAX 一样取 ReLU′(0) = 0（实心点；空心点是右侧的斜率 1），我们的引擎也是如此。除此之外，导数处处恰好是 1 或 0。',
	'relu.note.leakyRelu':
		'Leaky ReLU 在 x = 0 处同样有折角：左边斜率 α = {alpha}，右边为 1；PyTorch 取 Leaky ReLU′(0) = α（实心点）。x < 0 时导数是 α 而不是 0，所以输入为负的单元仍能传回一点梯度，继续学习。',
	'relu.note.gelu':
		'GELU 即 x·Φ(x)，Φ 是正态分布的累积分布函数（精确形式，也是 PyTorch 的默认形式），它处处光滑：GELU′(0) = {d0}。BERT 和 GPT 系列模型都用它。它的导数在 x < 0 时会略低于 0，在 x > 0 时会略高于 1。',
	'relu.note.silu':
		'SiLU（swish）即 x·σ(x)，处处光滑：SiLU′(0) = {d0}。它的门控变体 SwiGLU 用在 LLaMA 的前馈层中。',
	'relu.note.sigmoid':
		'Sigmoid 处处光滑，它的导数 σ(x)(1 − σ(x)) 在 x = 0 处最大，为 {d0} = ¼。所以每经过一层 sigmoid，梯度最多只剩 ¼，|x| 较大时还要小得多。',
	'relu.note.tanh':
		'tanh 处处光滑；它的导数 1 − tanh²(x) 只在 x = 0 处等于 1（该处为 {d0}），离开 0 后迅速变小。',
	'relu.curveTable': '两张图的数值',
	'relu.curveCaption': '每隔 0.5 的 {name}(x) 与 {name}′(x)',
	'relu.depthTitle': '穿过 N 层',
	'relu.layers': '层数 N',
	'relu.shift': '偏置平移 b',
	'relu.depthAbout':
		'N 层堆叠，每层 {width} 个单元，预激活值 z = b + ε 由随机种子生成（ε 取自标准正态分布）。梯度从第 N 层传回第 1 层时沿着路径走，每层经过一个单元，每经过一层就乘上一个因子 f′(z)。图中画的是任意一条路径所能得到的最大乘积，ReLU 另外画出所有路径的平均值。',
	'relu.deadShare': '死亡的 ReLU 单元（z ≤ 0）',
	'relu.deadExpected': '期望值 Φ(−b)',
	'relu.sigmoidAfter': 'Sigmoid，{n} 层后的最佳路径',
	'relu.reluAfter': 'ReLU，{n} 层后的最佳路径',
	'relu.allDead':
		'第 {layer} 层的全部 {width} 个单元都已死亡（z ≤ 0）：每个单元的 ReLU′ 都是 0，梯度无法穿过这一层，它下面的各层无法从这个输入中学习。',
	'relu.best': '{name}：最佳路径',
	'relu.mean': '{name}：路径平均',
	'relu.bound': '0.25ⁿ（sigmoid 的上界）',
	'relu.depthChart':
		'经过 {n} 层中每一层后激活函数导数的乘积（对数坐标）：sigmoid、tanh 和 ReLU 的最佳路径，ReLU 的路径平均，以及 0.25ⁿ',
	'relu.layer': '层',
	'relu.product': 'f′ 的乘积',
	'relu.depthLegend':
		'无论输入如何，sigmoid 的曲线都在 0.25ⁿ 之下：它的梯度随深度指数级消失。只要每层还有一个存活的单元，ReLU 的最佳路径就恰好保持为 1（曲线中断处表示已变为 0）。它的路径平均是只经过存活单元的路径所占的比例；拖动偏置平移 b，看它增长或崩塌。',
	'relu.gridLabel':
		'{layers} 层的单元，每层 {units} 个：其中 {dead} / {total} 个对 ReLU 而言已死亡（z ≤ 0）',
	'relu.gridCaption':
		'每列是一层，每个圆是一个单元：实心表示 z > 0（ReLU 把梯度乘以 1 传下去），空心表示 z ≤ 0（死亡单元：ReLU′ = 0）。',
	'relu.deadCol': '死亡单元',
	'relu.tableSummary': '图中的数值',
	'relu.tableCaption': '每层（{width} 个单元）：死亡比例与导数乘积',
	'relu.honest':
		'这里省略了什么：真实网络在每一层还要把梯度乘以权重，这同样可能使梯度变小或变大（He 初始化等方法正是按此缩放权重，使 ReLU 网络中的梯度平均而言既不消失也不爆炸）。这里只展示激活函数自身的那个因子。'
};

export const relu = strings(en, zh);
export const t = translator(controls, relu);
