/** Strings of the catastrophic-forgetting demo (question 14). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';
import { controls } from '$lib/components/controls/strings';

const en = {
	'cf.intro':
		'One small network, two tasks in turn. It learns task A (the moons on the left) for {a} steps, then task B (the moons on the right, upper and lower classes swapped) for {b} steps, and nothing else. After every step both tasks’ accuracy is measured on {test} held-out points each, never trained on.',
	'cf.look':
		'What to look for: press play. Task A’s accuracy climbs to about 90 %, then, a few steps after the switch to B, falls to the 50 % of a coin toss or well below it, as B’s rule spreads over A’s moons in the map. Then try a mitigation: rehearsal and the adapter keep A, EWC trades one task for the other.',
	'cf.presets': 'Classic cases',
	'cf.preset.none': 'No mitigation',
	'cf.preset.rehearsal': 'Rehearsal',
	'cf.preset.ewc': 'EWC',
	'cf.preset.adapter': 'Frozen body + adapter',
	'cf.mitigations': 'Mitigations while learning task B',
	'cf.rehearse': 'Rehearsal: mix task A back in',
	'cf.share': 'Share of each minibatch from task A',
	'cf.ewc': 'EWC: anchor the weights A needs',
	'cf.lambda': 'EWC strength λ',
	'cf.freeze': 'Freeze the body, train an adapter for B',
	'cf.rank': 'Adapter rank r',
	'cf.speed': 'Speed',
	'cf.speed.slow': 'Slow',
	'cf.speed.normal': 'Normal',
	'cf.speed.fast': 'Fast',
	'cf.runLabel': 'Training: task A, then task B',
	'cf.status': 'step {step} / {total} · {phase}',
	'cf.phase.a': 'learning task A',
	'cf.phase.b': 'learning task B',
	'cf.mapTitle': 'Decision regions',
	'cf.mapLabel': 'Decision regions of the network over the plane, with both tasks’ training points',
	'cf.mapLabelA': 'Decision regions as task A’s inputs see the network (without the adapter)',
	'cf.mapLabelB': 'Decision regions as task B’s inputs see the network (with the adapter)',
	'cf.mapAbout':
		'The shading is the class the network picks at each point of a {cols} × {rows} grid, paler where it is less sure. Circles are task A’s training points, squares task B’s, coloured by their true class.',
	'cf.mapNote':
		'With the adapter, one picture is not enough: task A’s inputs skip the adapter, so task A sees the network of the first map and task B that of the second.',
	'cf.class0': 'class 0',
	'cf.class1': 'class 1',
	'cf.taskA': 'task A (circles)',
	'cf.taskB': 'task B (squares)',
	'cf.accTitle': 'Accuracy on both tasks',
	'cf.accLabel': 'Test accuracy on task A and task B after each step',
	'cf.accA': 'task A',
	'cf.accB': 'task B',
	'cf.switch': 'switch to B',
	'cf.stepAxis': 'step',
	'cf.accAxis': 'accuracy',
	'cf.notYet': '—',
	'cf.atSwitch': 'Task A at the switch',
	'cf.lowestA': 'Task A’s lowest after it',
	'cf.nowA': 'Task A now',
	'cf.nowB': 'Task B now',
	'cf.penalty': 'EWC penalty now',
	'cf.table': 'Every step: loss and both accuracies',
	'cf.col.step': 'Step',
	'cf.col.loss': 'Minibatch loss',
	'cf.col.penalty': 'EWC penalty',
	'cf.col.a': 'Accuracy A',
	'cf.col.b': 'Accuracy B',
	'cf.about.rehearse':
		'Rehearsal (also called replay): while learning B, a share of every minibatch is drawn from task A’s training points, so A’s loss keeps pulling. It needs the old data, or a buffer of it, kept around.',
	'cf.about.ewc':
		'Elastic weight consolidation (Kirkpatrick et al., 2017, PNAS, eq. 3): task B’s loss becomes L_B(θ) + λ/2 Σᵢ Fᵢ (θᵢ − θ*ᵢ)², where θ* are the weights at the switch and Fᵢ is the Fisher information of weight i on task A (how much A’s predictions change when it moves), computed here once, exactly, over A’s {n} training points. Weights that matter to A get stiff springs; the rest stay free.',
	'cf.about.ewcNow':
		'Now: λ = {lambda}; the largest Fᵢ is {max} and the mean {mean}, so the stiffest spring is λ·F = {stiff}.',
	'cf.about.freeze':
		'Frozen body: after task A every weight of the network stays fixed; task B trains only an adapter of rank r, h + tanh(h·D)·U on the second hidden layer ({count} weights). Task A’s inputs go around it, as when one keeps an adapter per task and knows the task at test time, so A cannot be forgotten; what B can learn is limited by A’s features.',
	'cf.ewcHonest':
		'Here the two tasks pull the same weights in opposite directions, so EWC is a trade-off: a small λ forgets A, a large one cannot learn B. EWC does best when the tasks share most of what they need.',
	'cf.network':
		'The network: 2 → 16 → 16 → 2 with tanh ({weights} weights), Adam at learning rate {lr}, minibatches of {batch} from {train} training points per task. Points, weights and minibatches come from the seed; the same link replays the same run step for step.',
	'cf.honest':
		'A toy: real continual learning involves models of billions of weights and many tasks. The effect is the same in kind: gradient descent on B alone moves whatever weights lower B’s loss, with nothing to say they mattered to A.'
};

const zh: Record<keyof typeof en, string> = {
	'cf.intro':
		'一个小网络，先后学两个任务。它先学任务 A（左边的两个月牙）{a} 步，再学任务 B（右边的两个月牙，上下两类对调）{b} 步，此外什么都不学。每一步之后，都在每个任务各 {test} 个从未训练过的留出点上测量两个任务的准确率。',
	'cf.look':
		'看什么：按“播放”。任务 A 的准确率升到 90 % 左右；切换到 B 之后没几步，它就跌到抛硬币的 50 %，甚至远低于此，图上 B 的规则铺满了 A 的月牙。然后试试缓解方法：回放和适配器能保住 A，EWC 则是在两个任务之间取舍。',
	'cf.presets': '经典情形',
	'cf.preset.none': '不缓解',
	'cf.preset.rehearsal': '回放',
	'cf.preset.ewc': 'EWC',
	'cf.preset.adapter': '冻结主体 + 适配器',
	'cf.mitigations': '学习任务 B 时的缓解方法',
	'cf.rehearse': '回放：把任务 A 混回来',
	'cf.share': '每个小批量中来自任务 A 的比例',
	'cf.ewc': 'EWC：锚定 A 需要的权重',
	'cf.lambda': 'EWC 强度 λ',
	'cf.freeze': '冻结主体，为 B 训练一个适配器',
	'cf.rank': '适配器的秩 r',
	'cf.speed': '速度',
	'cf.speed.slow': '慢',
	'cf.speed.normal': '中',
	'cf.speed.fast': '快',
	'cf.runLabel': '训练：先任务 A，后任务 B',
	'cf.status': '第 {step} / {total} 步 · {phase}',
	'cf.phase.a': '正在学任务 A',
	'cf.phase.b': '正在学任务 B',
	'cf.mapTitle': '决策区域',
	'cf.mapLabel': '网络在平面上的决策区域，以及两个任务的训练点',
	'cf.mapLabelA': '任务 A 的输入所见的决策区域（不经过适配器）',
	'cf.mapLabelB': '任务 B 的输入所见的决策区域（经过适配器）',
	'cf.mapAbout':
		'底色是网络在 {cols} × {rows} 网格每个点上选择的类别，越没把握颜色越浅。圆点是任务 A 的训练点，方块是任务 B 的，颜色是它们的真实类别。',
	'cf.mapNote':
		'有了适配器，一张图就不够了：任务 A 的输入绕过适配器，所以任务 A 看到的是第一张图里的网络，任务 B 看到的是第二张图里的。',
	'cf.class0': '类别 0',
	'cf.class1': '类别 1',
	'cf.taskA': '任务 A（圆点）',
	'cf.taskB': '任务 B（方块）',
	'cf.accTitle': '两个任务上的准确率',
	'cf.accLabel': '每一步之后任务 A 和任务 B 的测试准确率',
	'cf.accA': '任务 A',
	'cf.accB': '任务 B',
	'cf.switch': '切换到 B',
	'cf.stepAxis': '步',
	'cf.accAxis': '准确率',
	'cf.notYet': '—',
	'cf.atSwitch': '切换时任务 A 的准确率',
	'cf.lowestA': '此后任务 A 的最低值',
	'cf.nowA': '任务 A 当前',
	'cf.nowB': '任务 B 当前',
	'cf.penalty': '当前 EWC 惩罚项',
	'cf.table': '每一步：损失和两个准确率',
	'cf.col.step': '步',
	'cf.col.loss': '小批量损失',
	'cf.col.penalty': 'EWC 惩罚项',
	'cf.col.a': '准确率 A',
	'cf.col.b': '准确率 B',
	'cf.about.rehearse':
		'回放（也叫排练）：学习 B 时，每个小批量中有一定比例取自任务 A 的训练点，所以 A 的损失一直在起作用。这需要留着旧数据，或者旧数据的一个缓冲区。',
	'cf.about.ewc':
		'弹性权重巩固（Kirkpatrick 等，2017，PNAS，公式 3）：任务 B 的损失变成 L_B(θ) + λ/2 Σᵢ Fᵢ (θᵢ − θ*ᵢ)²，其中 θ* 是切换时的权重，Fᵢ 是权重 i 在任务 A 上的费希尔信息（它变动时 A 的预测变化多大），这里在 A 的 {n} 个训练点上一次性精确算出。对 A 重要的权重挂上硬弹簧，其余的保持自由。',
	'cf.about.ewcNow':
		'当前：λ = {lambda}；最大的 Fᵢ 是 {max}，平均是 {mean}，所以最硬的弹簧是 λ·F = {stiff}。',
	'cf.about.freeze':
		'冻结主体：学完任务 A 后，网络的每个权重都固定不动；任务 B 只训练一个秩为 r 的适配器，即第二个隐藏层上的 h + tanh(h·D)·U（{count} 个权重）。任务 A 的输入绕过它，就像为每个任务保留一个适配器、测试时知道是哪个任务一样，所以 A 不会被遗忘；B 能学到多少，受限于 A 学到的特征。',
	'cf.ewcHonest':
		'这里两个任务把同一批权重往相反方向拉，所以 EWC 是一种取舍：λ 小会忘掉 A，λ 大又学不会 B。任务之间共享的东西越多，EWC 效果越好。',
	'cf.network':
		'网络：2 → 16 → 16 → 2，tanh 激活（{weights} 个权重），Adam，学习率 {lr}，每个任务 {train} 个训练点，小批量大小 {batch}。点、权重和小批量都由随机种子决定；同一个链接会一步一步重放同样的训练。',
	'cf.honest':
		'这是个玩具：真实的持续学习涉及数十亿权重的模型和许多任务。但效果在本质上一样：只在 B 上做梯度下降，会移动任何能降低 B 的损失的权重，没有任何东西告诉它这些权重对 A 重要。'
};

export const cf = strings(en, zh);
export const t = translator(controls, cf);
