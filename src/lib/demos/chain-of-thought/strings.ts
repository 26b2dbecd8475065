/** Strings of the chain-of-thought demo (question 38). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';
import { controls } from '$lib/components/controls/strings';

const en = {
	'cot.intro':
		'Chain-of-thought prompting asks a model to write its intermediate steps before the answer (Wei et al., 2022, §2). Here a word problem drawn from the seed is solved step by step, and a model of errors shows why long chains fail and what checking each step, or voting over several chains (self-consistency, Wang et al., 2022, §2), does about it.',
	'cot.isNot':
		'No language model reasons here. The chain is written by a small exact solver that reads the problem’s structure, not its words; the mistakes come from a model of errors in which each step is right with probability p, independently. Real models make errors that are neither independent nor this simple.',
	'cot.steps': 'Steps k',
	'cot.p': 'Per-step accuracy p',
	'cot.c': 'Checker catches a wrong step (c)',
	'cot.n': 'Chains in the vote (n)',
	'cot.m': 'Different wrong answers (m)',
	'cot.problemHeading': 'The problem',
	'cot.names': 'Mia|Leo|Ana|Sam|Noor|Kai',
	'cot.items': 'apples|stickers|marbles|books|shells',
	'cot.units': '||||',
	'cot.start': '{name} has {n} {unit}{item}.',
	'cot.op.add': '{name} gets {n} {unit}more.',
	'cot.op.sub': '{name} gives {n} {unit}away.',
	'cot.op.mul': 'Then {name} ends up with {n} times as many {item}.',
	'cot.op.div':
		'{name} shares them equally among {n} people, themselves included, and keeps one share.',
	'cot.question': 'How many {item} does {name} have now?',
	'cot.chainHeading': 'The solver’s chain of thought',
	'cot.chainLabel': 'The exact chain, step by step',
	'cot.line.add': 'Gets {n} more: {before} + {n} = {after}.',
	'cot.line.sub': 'Gives {n} away: {before} − {n} = {after}.',
	'cot.line.mul': '{n} times as many: {before} × {n} = {after}.',
	'cot.line.div': 'One share of {n}: {before} ÷ {n} = {after}.',
	'cot.line.start': 'Start with {n}.',
	'cot.line.answer': 'The answer is {n}.',
	'cot.sampledHeading': '{n} chains sampled under the error model',
	'cot.sampledAbout':
		'Each step is right with probability p = {p}; a wrong step writes a number off by 1 to 3 and the chain carries on from it. With the checker on, a wrong step is caught with probability c = {c} and redone.',
	'cot.withChecker': 'with the checker',
	'cot.sampledCaption': 'Sampled chains: the number written at each step, slips marked ✗',
	'cot.colChain': 'chain',
	'cot.colStep': 'step {k}',
	'cot.colAnswer': 'answer',
	'cot.slip': '✗',
	'cot.redone': '(tried {n} times)',
	'cot.right': 'right',
	'cot.wrong': 'wrong',
	'cot.vote':
		'The most frequent answer is {answer} ({votes} of {n} chains): {verdict}. Ties go to the answer reached first.',
	'cot.voteSingle': 'With one chain there is nothing to vote on: its answer is {verdict}.',
	'cot.accuracyHeading': 'Why long chains fail, and what helps',
	'cot.single': 'One chain',
	'cot.checked': 'Each step checked',
	'cot.voted': 'Vote over n chains',
	'cot.formulaSingle': 'All k steps right: pᵏ = {p}{k} = {value}',
	'cot.formulaChecked':
		'A step passes right with p, wrong with (1 − p)(1 − c): p′ = p / (p + (1 − p)(1 − c)) = {p} / ({p} + {q} × {d}) = {pc}; p′ᵏ = {value}; {attempts} attempts per step on average',
	'cot.formulaVote':
		'Each chain right with q = pᵏ = {q}; a wrong chain ends at one of m = {m} wrong answers. The most frequent answer is right with Σ_c C(n, c) q^c (1 − q)^(n − c) · P(no wrong answer gets more than c votes, a tie split evenly) = {value}',
	'cot.simulated': 'simulated: {value} ± {se} ({trials} seeded trials)',
	'cot.simulating': 'simulating…',
	'cot.simFailed': 'The simulation failed: {error}',
	'cot.chartLabel':
		'Chance of a right answer against the number of steps k: formulas as lines, simulations as dots',
	'cot.axisK': 'steps k',
	'cot.axisP': 'chance the answer is right',
	'cot.tableSummary': 'The numbers of the chart',
	'cot.tableCaption': 'Chance of a right answer by steps k: formula and simulation',
	'cot.colK': 'k',
	'cot.colExact': '{what}: formula',
	'cot.colSim': '{what}: simulated',
	'cot.dependence':
		'The model assumes independent errors. When a model misreads the problem it tends to err the same way in every chain; then wrong chains agree, and voting helps less: m = 1, all wrong answers alike, is the case closest to that.'
};

const zh: Record<keyof typeof en, string> = {
	'cot.intro':
		'思维链提示要求模型在给出答案之前先写出中间步骤（Wei 等，2022，第 2 节）。这里由种子生成一道应用题，逐步求解；再用一个错误模型说明长的推理链为什么容易失败，以及逐步检查、或对多条推理链投票（自洽性，Wang 等，2022，第 2 节）能起什么作用。',
	'cot.isNot':
		'这里没有语言模型在推理。推理链由一个小型精确求解器写出，它读取的是题目的结构而不是文字；错误来自一个错误模型：每一步独立地以概率 p 正确。真实模型的错误既不独立，也没有这么简单。',
	'cot.steps': '步数 k',
	'cot.p': '每步准确率 p',
	'cot.c': '检查器发现错误步骤的概率（c）',
	'cot.n': '参与投票的推理链数（n）',
	'cot.m': '不同错误答案的个数（m）',
	'cot.problemHeading': '题目',
	'cot.names': '小明|小红|小华|小丽|小刚|小芳',
	'cot.items': '苹果|贴纸|弹珠|书|贝壳',
	'cot.units': '个|张|颗|本|个',
	'cot.start': '{name}有 {n} {unit}{item}。',
	'cot.op.add': '{name}又得到了 {n} {unit}。',
	'cot.op.sub': '{name}送出了 {n} {unit}。',
	'cot.op.mul': '然后{name}的{item}变成了原来的 {n} 倍。',
	'cot.op.div': '{name}把它们平均分给包括自己在内的 {n} 个人，自己留下一份。',
	'cot.question': '{name}现在有多少{item}？',
	'cot.chainHeading': '求解器的思维链',
	'cot.chainLabel': '精确的推理链，逐步列出',
	'cot.line.add': '又得到 {n}：{before} + {n} = {after}。',
	'cot.line.sub': '送出 {n}：{before} − {n} = {after}。',
	'cot.line.mul': '变成 {n} 倍：{before} × {n} = {after}。',
	'cot.line.div': '分成 {n} 份取一份：{before} ÷ {n} = {after}。',
	'cot.line.start': '开始有 {n}。',
	'cot.line.answer': '答案是 {n}。',
	'cot.sampledHeading': '在错误模型下采样的 {n} 条推理链',
	'cot.sampledAbout':
		'每一步以概率 p = {p} 正确；错误的一步写下的数偏差 1 到 3，推理链从这个数继续往下算。打开检查器时，错误的一步以概率 c = {c} 被发现并重做。',
	'cot.withChecker': '使用检查器',
	'cot.sampledCaption': '采样的推理链：每一步写下的数，出错处标 ✗',
	'cot.colChain': '推理链',
	'cot.colStep': '第 {k} 步',
	'cot.colAnswer': '答案',
	'cot.slip': '✗',
	'cot.redone': '（尝试了 {n} 次）',
	'cot.right': '正确',
	'cot.wrong': '错误',
	'cot.vote':
		'出现最多的答案是 {answer}（{n} 条推理链中有 {votes} 条）：{verdict}。票数相同时取最先出现的答案。',
	'cot.voteSingle': '只有一条推理链，无从投票：它的答案{verdict}。',
	'cot.accuracyHeading': '长推理链为什么会失败，什么有帮助',
	'cot.single': '一条推理链',
	'cot.checked': '逐步检查',
	'cot.voted': 'n 条推理链投票',
	'cot.formulaSingle': 'k 步全部正确：pᵏ = {p}{k} = {value}',
	'cot.formulaChecked':
		'一步以概率 p 正确通过，以 (1 − p)(1 − c) 错误通过：p′ = p / (p + (1 − p)(1 − c)) = {p} / ({p} + {q} × {d}) = {pc}；p′ᵏ = {value}；平均每步尝试 {attempts} 次',
	'cot.formulaVote':
		'每条推理链正确的概率 q = pᵏ = {q}；错误的推理链落在 m = {m} 个错误答案之一。出现最多的答案正确的概率为 Σ_c C(n, c) q^c (1 − q)^(n − c) · P(没有错误答案得票超过 c，平票时均分) = {value}',
	'cot.simulated': '模拟：{value} ± {se}（{trials} 次带种子的试验）',
	'cot.simulating': '正在模拟…',
	'cot.simFailed': '模拟失败：{error}',
	'cot.chartLabel': '答案正确的概率随步数 k 的变化：线为公式，点为模拟',
	'cot.axisK': '步数 k',
	'cot.axisP': '答案正确的概率',
	'cot.tableSummary': '图中的数值',
	'cot.tableCaption': '不同步数 k 下答案正确的概率：公式与模拟',
	'cot.colK': 'k',
	'cot.colExact': '{what}：公式',
	'cot.colSim': '{what}：模拟',
	'cot.dependence':
		'该模型假设错误相互独立。模型若读错了题目，往往在每条推理链上都以同样的方式出错；这时错误的推理链答案一致，投票的帮助就小了：m = 1（所有错误答案相同）最接近这种情况。'
};

export const chainOfThoughtStrings = strings(en, zh);
export const t = translator(controls, chainOfThoughtStrings);
