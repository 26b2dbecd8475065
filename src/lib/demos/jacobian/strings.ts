/** Strings of the Jacobian demo (question 27). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';

const en = {
	'jac.intro':
		'The Jacobian of a function with several inputs and outputs holds every partial derivative ∂(output i)/∂(input j): row i says how output i responds to each input. Below, first for softmax, the function at the end of every attention head and every language model, then for maps of the plane, where you can see what it does.',
	'jac.softmaxTitle': 'The softmax Jacobian',
	'jac.scores': 'Scores x',
	'jac.scoreLabel': 'Score {name}',
	'jac.remove': 'Remove {name}',
	'jac.add': '+ Add a score',
	'jac.scoresHint': '{min} to {max} scores, each from −{limit} to {limit}.',
	'jac.padded':
		'The Jacobian needs at least {min} scores and the link has {n}, so zeros were added.',
	'jac.temperature': 'Temperature T',
	'jac.closed': 'Closed form pᵢ(δᵢⱼ − pⱼ) / T',
	'jac.engine': 'Autodiff: one backward pass per row',
	'jac.heatmapLabel': 'Softmax Jacobian ∂pᵢ/∂xⱼ, {which}',
	'jac.cell': '∂{p}/∂{x} = {v}',
	'jac.difference': 'Largest difference between the two',
	'jac.rowSum': 'Largest |row sum|',
	'jac.softmaxLegend':
		'Rows are outputs pᵢ, columns inputs xⱼ. The diagonal is positive (raising xᵢ raises pᵢ), everything else negative (it takes probability from the others), and each row sums to 0 because the pᵢ always add up to 1. Backpropagation never builds this matrix: each backward pass sends one vector–Jacobian product gᵀJ back; here n passes, one per row, rebuild it whole to compare with the formula.',
	'jac.mapTitle': 'The Jacobian of a map of the plane',
	'jac.map': 'Map',
	'jac.map.linear': 'Linear',
	'jac.map.rotation': 'Rotation',
	'jac.map.tanh': 'tanh layer',
	'jac.map.polar': 'Polar',
	'jac.about.linear':
		'f(x, y) = A·(x, y) with A = [[1.5, 0.6], [0.3, 0.9]]: the Jacobian is A itself at every point, and the square’s image is exactly the parallelogram.',
	'jac.about.rotation':
		'f turns the plane by 40°: the Jacobian is that rotation at every point and its determinant is 1, so areas stay the same.',
	'jac.about.tanh':
		'f(x, y) = tanh(W·(x, y) + b), one neural-network layer with W = [[1.2, −0.8], [0.6, 1]], b = (0.2, −0.1): J = diag(1 − f²)·W. Where a unit saturates (f near ±1) its row of J shrinks towards 0 and areas collapse: that is where gradients vanish.',
	'jac.about.polar':
		'f(r, θ) = (r cos θ, r sin θ): the Jacobian’s determinant is r, so the square grows with r, collapses at r = 0 and flips for r < 0.',
	'jac.h': 'Half-side h of the square',
	'jac.inputPlane': 'Input ({x}, {y})',
	'jac.outputPlane': 'Output f, around f(p), same scale',
	'jac.inputLabel':
		'The input plane: the point p = {p} (drag it or use the arrow keys) and a square of half-side {h} around it',
	'jac.outputLabel':
		'The output plane around f(p) = {fp}: the square’s image, the Jacobian’s columns as arrows and the parallelogram J makes of the square',
	'jac.handle': 'The point p (arrow keys move it, Shift for larger steps)',
	'jac.matrixCaption': 'J at p = {p}',
	'jac.det': 'det J',
	'jac.ratio': 'Image area ÷ square area (side {side})',
	'jac.areaLegend':
		'In the input, the arrows are the unit steps e₁ and e₂; in the output, J’s columns, where those steps go to first order. The dashed parallelogram is J applied to the square; its area is |det J| times the square’s. The true image (solid grid) bends away from it, less and less as h shrinks: the area ratio tends to det J.',
	'jac.flipped':
		'det J is negative here: the map flips orientation (the two arrows swap sides), and the signed area ratio is negative too. Its size still says how areas scale.'
};

const zh: Record<keyof typeof en, string> = {
	'jac.intro':
		'一个多输入、多输出函数的雅可比矩阵收集了所有偏导数 ∂(输出 i)/∂(输入 j)：第 i 行说明输出 i 如何随每个输入变化。下面先看 softmax（每个注意力头和每个语言模型的最后一步都是它），再看平面上的映射，在那里可以直接看到它做了什么。',
	'jac.softmaxTitle': 'softmax 的雅可比矩阵',
	'jac.scores': '分数 x',
	'jac.scoreLabel': '分数 {name}',
	'jac.remove': '删除 {name}',
	'jac.add': '+ 添加一个分数',
	'jac.scoresHint': '可以有 {min} 到 {max} 个分数，每个在 −{limit} 到 {limit} 之间。',
	'jac.padded': '雅可比矩阵至少需要 {min} 个分数，而链接里只有 {n} 个，已用 0 补齐。',
	'jac.temperature': '温度 T',
	'jac.closed': '解析式 pᵢ(δᵢⱼ − pⱼ) / T',
	'jac.engine': '自动微分：每行一次反向传播',
	'jac.heatmapLabel': 'softmax 的雅可比矩阵 ∂pᵢ/∂xⱼ，{which}',
	'jac.cell': '∂{p}/∂{x} = {v}',
	'jac.difference': '两者的最大差异',
	'jac.rowSum': '行和绝对值的最大值',
	'jac.softmaxLegend':
		'行是输出 pᵢ，列是输入 xⱼ。对角线为正（增大 xᵢ 会增大 pᵢ），其余都为负（它从其他项那里拿走概率），每行之和为 0，因为各个 pᵢ 之和恒为 1。反向传播从不构造这个矩阵：每次反向传播只传回一个向量–雅可比积 gᵀJ；这里用 n 次反向传播（每行一次）把整个矩阵重建出来，与公式对照。',
	'jac.mapTitle': '平面映射的雅可比矩阵',
	'jac.map': '映射',
	'jac.map.linear': '线性',
	'jac.map.rotation': '旋转',
	'jac.map.tanh': 'tanh 层',
	'jac.map.polar': '极坐标',
	'jac.about.linear':
		'f(x, y) = A·(x, y)，A = [[1.5, 0.6], [0.3, 0.9]]：雅可比矩阵在每一点都等于 A 本身，正方形的像恰好就是那个平行四边形。',
	'jac.about.rotation':
		'f 把平面旋转 40°：雅可比矩阵在每一点都是这个旋转，行列式为 1，所以面积保持不变。',
	'jac.about.tanh':
		'f(x, y) = tanh(W·(x, y) + b)，即一个神经网络层，W = [[1.2, −0.8], [0.6, 1]]，b = (0.2, −0.1)：J = diag(1 − f²)·W。某个单元饱和时（f 接近 ±1），J 的对应行趋近 0，面积随之塌缩：梯度消失就发生在这里。',
	'jac.about.polar':
		'f(r, θ) = (r cos θ, r sin θ)：雅可比矩阵的行列式等于 r，所以正方形随 r 变大，在 r = 0 处塌缩，r < 0 时翻转。',
	'jac.h': '正方形的半边长 h',
	'jac.inputPlane': '输入 ({x}, {y})',
	'jac.outputPlane': '输出 f，以 f(p) 为中心，比例相同',
	'jac.inputLabel': '输入平面：点 p = {p}（可拖动或用方向键移动）及其周围半边长为 {h} 的正方形',
	'jac.outputLabel':
		'以 f(p) = {fp} 为中心的输出平面：正方形的像、以箭头表示的雅可比矩阵的列，以及 J 作用于正方形得到的平行四边形',
	'jac.handle': '点 p（方向键移动，按住 Shift 步子更大）',
	'jac.matrixCaption': 'p = {p} 处的 J',
	'jac.det': 'det J',
	'jac.ratio': '像的面积 ÷ 正方形面积（边长 {side}）',
	'jac.areaLegend':
		'输入平面中的箭头是单位步长 e₁ 和 e₂；输出平面中的箭头是 J 的列，即这两步在一阶近似下到达的位置。虚线平行四边形是 J 作用于正方形的结果，其面积是正方形面积的 |det J| 倍。真实的像（实线网格）会偏离它，h 越小偏离越少：面积比趋于 det J。',
	'jac.flipped':
		'这里 det J 为负：映射翻转了方向（两个箭头交换了左右），带符号的面积比也为负。它的大小仍然表示面积的缩放倍数。'
};

export const jacobian = strings(en, zh);
export const t = translator(jacobian);
