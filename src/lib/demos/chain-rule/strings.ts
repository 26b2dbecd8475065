/** Strings of the chain-rule demo (question 31). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';

const en = {
	'chain.intro':
		'Type an expression and give its variables values. The page reads it with its own small parser (nothing is run as code), draws its computational graph and walks through backpropagation: the forward pass computes each node from its inputs; the backward pass starts at ∂f/∂f = 1 and multiplies each node’s gradient by the local derivative of each edge — the chain rule d/dx f(g(x)) = f′(g(x)) · g′(x), one edge at a time.',
	'chain.expression': 'Expression f =',
	'chain.expressionHint':
		'Numbers, variables, + − * / ^ (power), parentheses and the functions {functions}. At most {max} characters.',
	'chain.presets': 'Start from',
	'chain.preset.neuron': 'One neuron: tanh(w·x + b) · y',
	'chain.preset.twoLayers': 'Two layers: sigmoid(w₂ · tanh(w₁·x + b₁) + b₂)',
	'chain.preset.shared': 'A variable used twice: x · y + tanh(x)',
	'chain.variables': 'Values of the variables',
	'chain.valueLabel': 'Value of {name}',
	'chain.noVariables':
		'This expression has no variables, so there is nothing to differentiate: its graph only computes a number.',
	'chain.error.title': 'The expression cannot be read at character {at}:',
	'chain.error.empty': 'Type an expression, such as tanh(w*x + b) * y.',
	'chain.error.tooLong': 'The expression has {length} characters; the page reads at most {max}.',
	'chain.error.unexpectedChar': '“{found}” is not part of an expression here.',
	'chain.error.unexpectedToken':
		'“{found}” was not expected here. Between two terms write an operator: 2*x, not 2x.',
	'chain.error.unexpectedEnd':
		'The expression ends too soon: a number, a variable or a parenthesis is missing.',
	'chain.error.unclosedParen': 'This parenthesis is never closed.',
	'chain.error.badNumber': 'The number {found} is too large for a 64-bit float.',
	'chain.error.unknownFunction':
		'There is no function “{found}” here. Known functions: {functions}.',
	'chain.error.functionWithoutCall': '{found} is a function: write {found}(…).',
	'chain.error.arity': '{found} takes exactly one argument; here it has {count}.',
	'chain.error.tooDeep':
		'The expression is nested more than {depth} levels deep; the page stops reading there.',
	'chain.error.tooManyNodes':
		'The expression has more than {nodes} nodes. The page draws graphs of up to {nodes} nodes, so that each stays readable and its steps few.',
	'chain.pasteRefused':
		'The pasted text has {length} characters and an expression here may have at most {max}, so it was not pasted.',
	'chain.issue.divisionByZero':
		'Division by zero at {node}: in 64-bit floating point {a} / 0 = {value}; it is not an error.',
	'chain.issue.logDomain':
		'log({a}) at {node} = {value}: the logarithm is defined for positive numbers only.',
	'chain.issue.sqrtDomain':
		'sqrt({a}) at {node} = {value}: a negative number has no real square root.',
	'chain.issue.powDomain':
		'{a} ^ {b} at {node} = {value}: a negative base has real powers only for whole exponents, and 0 to a negative power is infinite.',
	'chain.issue.overflow':
		'{node} = {value}: the result is beyond the largest 64-bit float (about 1.8×10³⁰⁸).',
	'chain.issue.after':
		'What is computed from it, and the gradients sent back through it, are no longer finite numbers.',
	'chain.graphLabel': 'Computational graph of f = {expr}',
	'chain.graphAbout':
		'Inputs at the top, the output f at the bottom. Each box holds a node’s value and, once the backward pass reaches it, its gradient ∂f/∂node; the number on an edge is its local derivative.',
	'chain.legend.value': 'value',
	'chain.legend.grad': 'gradient ∂f/∂node',
	'chain.legend.local': 'local derivative of the edge',
	'chain.stepperLabel': 'Steps of the forward and backward pass',
	'chain.step.start':
		'Nothing is computed yet: only the inputs have values. Step forward to run the forward pass.',
	'chain.step.forward': 'Forward pass, node {k} of {n}: compute {name} from its inputs.',
	'chain.step.seed':
		'The forward pass is done: f = {value}. The backward pass starts at the output with ∂f/∂f = 1.',
	'chain.step.backward':
		'Backward pass: {name} holds ∂f/∂{name} = {grad} and sends it to each input, times the local derivative of that edge (the chain rule):',
	'chain.step.secondPath':
		'{name} already held {before} from another path; the paths add up: {before} + {product} = {sum}.',
	'chain.step.done': 'That was the last step: every variable now holds ∂f/∂variable.',
	'chain.step.noGradient': 'f depends on no variable, so there is no backward pass.',
	'chain.traceCaption': 'Every node at this step: definition, value and gradient ∂f/∂node',
	'chain.traceSummary': 'The numbers of the graph',
	'chain.col.node': 'Node',
	'chain.col.definition': 'Definition',
	'chain.col.value': 'Value',
	'chain.col.grad': '∂f/∂node',
	'chain.checkTitle': 'The same derivatives three ways',
	'chain.checkCaption':
		'∂f/∂variable at the values above, after the whole backward pass, against a central difference and the autodiff engine',
	'chain.col.variable': 'Variable',
	'chain.col.backprop': 'Backpropagation',
	'chain.col.fd': 'Central difference',
	'chain.col.engine': 'Autodiff engine',
	'chain.col.diff': 'Largest difference',
	'chain.fdAbout':
		'The central difference (f(v + h) − f(v − h)) / 2h with h = 10⁻⁵ · max(1, |v|) treats f as a black box and costs two evaluations of f per variable; backpropagation gets every gradient from one backward pass, which is why training uses it. Where f is smooth they agree to 10⁻⁸ or better; at a kink (relu or abs at 0) they differ, and backpropagation takes the convention relu′(0) = 0.',
	'chain.checkRests':
		'While you type, this table keeps the last numbers (dimmed) and follows once you pause.',
	'chain.engineAbout':
		'The last column runs the same expression through the project’s own autodiff engine (scalar tensors, the PyTorch way; {nodes} recorded nodes, walked to read the gradients).',
	'chain.engineUnsupported':
		'The autodiff engine has no {op} here (it lacks sin, cos and abs, and raises only to constant powers), so its column is empty.',
	'chain.honest':
		'A real network does the same with tensors: a node is a matrix operation, its local derivative a Jacobian, the product a matrix product; the bookkeeping is the same. Here every node holds one number, and a repeated sub-expression is computed twice (only variables are shared), as an autodiff tape records it.'
};

const zh: Record<keyof typeof en, string> = {
	'chain.intro':
		'输入一个表达式并给变量赋值。页面用自己的小型解析器读取它（不会当作代码执行），画出它的计算图，并逐步演示反向传播：前向传播由输入依次算出每个节点；反向传播从 ∂f/∂f = 1 出发，把每个节点的梯度乘以每条边的局部导数——这就是链式法则 d/dx f(g(x)) = f′(g(x)) · g′(x)，一次作用于一条边。',
	'chain.expression': '表达式 f =',
	'chain.expressionHint':
		'可以使用数字、变量、+ − * / ^（乘方）、括号以及函数 {functions}。最多 {max} 个字符。',
	'chain.presets': '从这里开始',
	'chain.preset.neuron': '一个神经元：tanh(w·x + b) · y',
	'chain.preset.twoLayers': '两层：sigmoid(w₂ · tanh(w₁·x + b₁) + b₂)',
	'chain.preset.shared': '一个变量用了两次：x · y + tanh(x)',
	'chain.variables': '变量的值',
	'chain.valueLabel': '{name} 的值',
	'chain.noVariables': '这个表达式没有变量，因此没有什么可求导的：它的计算图只算出一个数。',
	'chain.error.title': '表达式在第 {at} 个字符处无法读取：',
	'chain.error.empty': '请输入一个表达式，例如 tanh(w*x + b) * y。',
	'chain.error.tooLong': '表达式有 {length} 个字符；页面最多读取 {max} 个。',
	'chain.error.unexpectedChar': '“{found}”不能出现在这里的表达式中。',
	'chain.error.unexpectedToken': '这里不应出现“{found}”。两项之间要写运算符：写 2*x，而不是 2x。',
	'chain.error.unexpectedEnd': '表达式结束得太早：缺少一个数字、变量或括号。',
	'chain.error.unclosedParen': '这个括号没有闭合。',
	'chain.error.badNumber': '数字 {found} 超出了 64 位浮点数的范围。',
	'chain.error.unknownFunction': '这里没有函数“{found}”。可用的函数：{functions}。',
	'chain.error.functionWithoutCall': '{found} 是一个函数：请写成 {found}(…)。',
	'chain.error.arity': '{found} 只接受一个参数；这里有 {count} 个。',
	'chain.error.tooDeep': '表达式嵌套超过 {depth} 层；页面读到那里就停止了。',
	'chain.error.tooManyNodes':
		'表达式的节点超过 {nodes} 个。页面只绘制最多 {nodes} 个节点的计算图，以便每张图清晰可读、步骤不多。',
	'chain.pasteRefused':
		'粘贴的文本有 {length} 个字符，而这里的表达式最多 {max} 个字符，因此没有粘贴。',
	'chain.issue.divisionByZero':
		'{node} 处除以零：在 64 位浮点运算中 {a} / 0 = {value}，这不算错误。',
	'chain.issue.logDomain': '{node} 处 log({a}) = {value}：对数只对正数有定义。',
	'chain.issue.sqrtDomain': '{node} 处 sqrt({a}) = {value}：负数没有实数平方根。',
	'chain.issue.powDomain':
		'{node} 处 {a} ^ {b} = {value}：负数的底只有整数次幂才是实数，0 的负数次幂为无穷大。',
	'chain.issue.overflow': '{node} = {value}：结果超出了 64 位浮点数的最大值（约 1.8×10³⁰⁸）。',
	'chain.issue.after': '由它算出的值，以及经过它传回的梯度，都不再是有限的数。',
	'chain.graphLabel': 'f = {expr} 的计算图',
	'chain.graphAbout':
		'输入在上方，输出 f 在下方。每个方框显示节点的值，反向传播到达后还显示它的梯度 ∂f/∂节点；边上的数是这条边的局部导数。',
	'chain.legend.value': '值',
	'chain.legend.grad': '梯度 ∂f/∂节点',
	'chain.legend.local': '边的局部导数',
	'chain.stepperLabel': '前向传播与反向传播的步骤',
	'chain.step.start': '还没有计算：只有输入有值。向前一步，开始前向传播。',
	'chain.step.forward': '前向传播，第 {k} 个节点，共 {n} 个：由输入算出 {name}。',
	'chain.step.seed': '前向传播完成：f = {value}。反向传播从输出开始，∂f/∂f = 1。',
	'chain.step.backward':
		'反向传播：{name} 持有 ∂f/∂{name} = {grad}，把它传给每个输入，并乘以这条边的局部导数（链式法则）：',
	'chain.step.secondPath':
		'{name} 已经从另一条路径得到 {before}；各路径相加：{before} + {product} = {sum}。',
	'chain.step.done': '这是最后一步：每个变量现在都持有 ∂f/∂变量。',
	'chain.step.noGradient': 'f 不依赖任何变量，因此没有反向传播。',
	'chain.traceCaption': '这一步时的每个节点：定义、值和梯度 ∂f/∂节点',
	'chain.traceSummary': '计算图中的数值',
	'chain.col.node': '节点',
	'chain.col.definition': '定义',
	'chain.col.value': '值',
	'chain.col.grad': '∂f/∂节点',
	'chain.checkTitle': '用三种方法求同一组导数',
	'chain.checkCaption':
		'在上面的取值下、完整反向传播之后的 ∂f/∂变量，与中心差分和自动微分引擎的结果对照',
	'chain.col.variable': '变量',
	'chain.col.backprop': '反向传播',
	'chain.col.fd': '中心差分',
	'chain.col.engine': '自动微分引擎',
	'chain.col.diff': '最大差异',
	'chain.fdAbout':
		'中心差分 (f(v + h) − f(v − h)) / 2h（h = 10⁻⁵ · max(1, |v|)）把 f 当作黑箱，每个变量要计算两次 f；反向传播一次就得到所有梯度，所以训练用的是它。f 光滑时两者之差不超过约 10⁻⁸；在折点处（relu 或 abs 在 0 处）两者不同，反向传播采用 relu′(0) = 0 的约定。',
	'chain.checkRests': '输入时，这张表保留上一次的数字（变暗），停下后再更新。',
	'chain.engineAbout':
		'最后一列把同一个表达式交给本项目自己的自动微分引擎计算（标量张量，与 PyTorch 的做法相同；记录了 {nodes} 个节点，遍历它们读出梯度）。',
	'chain.engineUnsupported':
		'自动微分引擎在这里没有 {op}（它没有 sin、cos 和 abs，乘方只支持常数指数），因此这一列为空。',
	'chain.honest':
		'真实的网络用张量做同样的事：一个节点是一次矩阵运算，它的局部导数是雅可比矩阵，乘积是矩阵乘积；记账方式完全相同。这里每个节点只有一个数，重复出现的子表达式会计算两次（只有变量是共享的），正如自动微分的记录带所记录的那样。'
};

export const chainRule = strings(en, zh);
export const t = translator(chainRule);
