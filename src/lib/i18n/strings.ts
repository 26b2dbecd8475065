/** Every UI string, in both languages. `{name}` marks a value filled in by `t()`. */

export const langs = ['en', 'zh'] as const;
export type Lang = (typeof langs)[number];

const en = {
	siteName: 'LLM Playground',
	tagline:
		'The 50 classic LLM interview questions, each answered beside a live demo computed in your browser.',
	skipToContent: 'Skip to content',
	searchLabel: 'Search questions and answers',
	searchPlaceholder: 'Search in English or 中文…',
	searchCount: '{shown} of {total} questions',
	noResults: 'No question matches “{query}”.',
	questionN: 'Question {n}',
	'topic.foundations': 'Foundations',
	'topic.architecture': 'Architecture',
	'topic.training': 'Training',
	'topic.fine-tuning': 'Fine-tuning',
	'topic.decoding': 'Decoding',
	'topic.math': 'Math',
	'topic.applications': 'Prompting and applications',
	'topic.models': 'Models',
	allQuestions: 'All questions',
	questionNav: 'Previous and next question',
	previous: 'Previous',
	next: 'Next',
	keyHint: 'Use ← and → to move between questions.',
	answer: 'Answer',
	demo: 'Demo',
	openEmbed: 'Embed this demo',
	fullPage: 'Open the full question in LLM Playground',
	bilingual: 'Both languages side by side',
	settings: 'Display settings',
	switchLanguage: '中文',
	switchLanguageLabel: 'Show the site in Chinese',
	themeDark: 'Dark theme',
	themeLight: 'Light theme',
	demoPending: 'The interactive demo for this question is not built yet.',
	demoPendingDetail: 'The answer stands on its own until then; nothing here is a mock-up.',
	paramNotice: 'Some values in this link could not be used as written:',
	'problem.clamped': '{key} was out of range and was clamped',
	'problem.invalid': '{key} was unreadable; the default is used',
	'problem.truncated': '{key} was too long and was shortened',
	dismiss: 'Dismiss',
	notFound: 'Page not found',
	footer: 'Every number on these pages is computed in your browser. Nothing is sent anywhere.'
};

export type StringKey = keyof typeof en;

const zh: Record<StringKey, string> = {
	siteName: 'LLM 游乐场',
	tagline: '50 道经典 LLM 面试题，每道题的回答旁都有一个在你的浏览器里实时计算的演示。',
	skipToContent: '跳到正文',
	searchLabel: '搜索问题和回答',
	searchPlaceholder: '用中文或 English 搜索…',
	searchCount: '共 {total} 题，显示 {shown} 题',
	noResults: '没有与“{query}”匹配的问题。',
	questionN: '问题 {n}',
	'topic.foundations': '基础',
	'topic.architecture': '架构',
	'topic.training': '训练',
	'topic.fine-tuning': '微调',
	'topic.decoding': '解码',
	'topic.math': '数学',
	'topic.applications': '提示与应用',
	'topic.models': '模型',
	allQuestions: '全部问题',
	questionNav: '上一题与下一题',
	previous: '上一题',
	next: '下一题',
	keyHint: '用 ← 和 → 键切换问题。',
	answer: '回答',
	demo: '演示',
	openEmbed: '嵌入这个演示',
	fullPage: '在 LLM 游乐场中打开完整问题',
	bilingual: '中英对照',
	settings: '显示设置',
	switchLanguage: 'English',
	switchLanguageLabel: '以英文显示本站',
	themeDark: '深色主题',
	themeLight: '浅色主题',
	demoPending: '这个问题的交互演示尚未完成。',
	demoPendingDetail: '在此之前请先阅读回答；这里不放任何示意图或假演示。',
	paramNotice: '链接中的部分数值无法按原样使用：',
	'problem.clamped': '{key} 超出范围，已调整到边界值',
	'problem.invalid': '{key} 无法读取，已使用默认值',
	'problem.truncated': '{key} 过长，已截短',
	dismiss: '关闭',
	notFound: '找不到页面',
	footer: '本站的每个数字都在你的浏览器中计算，不会发送任何数据。'
};

export const strings: Record<Lang, Record<StringKey, string>> = { en, zh };

export function format(template: string, vars: Record<string, string | number> = {}): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in vars ? String(vars[name]) : whole
	);
}
