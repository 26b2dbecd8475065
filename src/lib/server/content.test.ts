import { describe, expect, it } from 'vitest';
import { allContent, parseQuestionFile } from './content';

const content = allContent();
const CJK = '\\u3400-\\u9fff';

describe('allContent()', () => {
	it('has all 50 questions, each with an English and a Chinese title and answer', () => {
		expect(content).toHaveLength(50);
		for (const q of content) {
			for (const lang of ['en', 'zh'] as const) {
				expect(q.answer[lang].title.length, `${q.slug} ${lang}`).toBeGreaterThan(5);
				expect(q.answer[lang].text.length, `${q.slug} ${lang}`).toBeGreaterThan(
					lang === 'en' ? 150 : 50
				);
			}
			expect(q.answer.zh.title, q.slug).toMatch(new RegExp(`[${CJK}]`));
		}
	});

	it('keeps question numbers and PDF residue out of the titles', () => {
		for (const q of content) {
			for (const lang of ['en', 'zh'] as const) {
				expect(q.answer[lang].title, q.slug).not.toMatch(/question\s*\d|问题\s*\d|^#|^\d/i);
			}
		}
	});

	it('leaves no unrendered Markdown or formula delimiters on the page', () => {
		for (const q of content) {
			for (const lang of ['en', 'zh'] as const) {
				const visible = q.answer[lang].html
					.replace(/<span class="katex">[\s\S]*?<\/annotation>/g, '')
					.replace(/<[^>]+>/g, '');
				expect(visible, `${q.slug} ${lang}`).not.toMatch(/\*\*|\$|\\frac|\\sum|^\s*[•·]/m);
			}
		}
	});

	it('typesets the formulas the guide has', () => {
		const withMath = [
			'softmax',
			'dot-product',
			'cross-entropy',
			'embedding-gradients',
			'kl-divergence',
			'relu-derivative',
			'chain-rule',
			'attention-scores'
		];
		for (const slug of withMath) {
			const q = content.find((x) => x.slug === slug)!;
			expect(q.answer.en.html, slug).toContain('class="katex');
			expect(q.answer.zh.html, slug).toContain('class="katex');
		}
	});

	it('has no words split by the PDF extraction', () => {
		const split =
			/\b(se quence|summariza tion|pre dictable|ini tialized|de coders|atten tion|trans former|probabili ties|coher ence|rep resentations|dimension ality|accu rate|im prove|dif fer|mod els|miti gated|forget ting)\b/i;
		const fragment = /\b\w+ (tion|tions|ing|ence|ity|ment|ally|ization)\b/g;
		const allowed = new Set(['the ing', 'in tion']);
		for (const q of content) {
			const text = `${q.answer.en.title} ${q.answer.en.text}`;
			expect(text, q.slug).not.toMatch(split);
			const suspicious = (text.match(fragment) ?? []).filter(
				(m) => !allowed.has(m) && !/^(a|an|the|to|of|in|on|and|or|for|by|with|is|as|at) /i.test(m)
			);
			expect(suspicious, q.slug).toEqual([]);
		}
	});

	it('uses full-width punctuation between Chinese words', () => {
		const ascii = new RegExp(`[${CJK}][,:;?!(][${CJK}]`);
		for (const q of content)
			expect(`${q.answer.zh.title} ${q.answer.zh.text}`, q.slug).not.toMatch(ascii);
	});

	it('mends the known translation slips and drops the LinkedIn call to action', () => {
		const zh = content.map((q) => `${q.answer.zh.title} ${q.answer.zh.text}`).join('\n');
		const en = content.map((q) => q.answer.en.text).join('\n');
		const slips = [
			'及时工程',
			'变压器',
			'法学硕士',
			'联系:',
			'两句句子',
			'候选词（集束）',
			'100 个字'
		];
		for (const slip of [...slips, '长序列的二次复杂度', '核心功能', 'Adaptive Softmax']) {
			expect(zh).not.toContain(slip);
		}
		expect(en).not.toMatch(/linkedin/i);
		expect(zh).not.toMatch(/领英|linkedin/i);
	});

	it('marks notes as notes in both languages', () => {
		const slugs = ['lora-qlora', 'beam-search', 'next-sentence-prediction', 'gpt4-vs-gpt3'];
		for (const slug of slugs) {
			const q = content.find((x) => x.slug === slug)!;
			expect(q.answer.en.html, slug).toContain('<aside class="note">');
			expect(q.answer.zh.html, slug).toContain('<aside class="note">');
		}
	});

	it('adds the notes the guide needs, in both languages, each with its primary source', () => {
		const sources: Record<string, string[]> = {
			embeddings: ['language_understanding_paper.pdf', 'aclanthology.org/D14-1162'],
			'transformers-vs-seq2seq': ['arxiv.org/abs/1706.03762'],
			'positional-encodings': ['arxiv.org/abs/1706.03762'],
			'foundation-models': ['arxiv.org/abs/2108.07258', 'arxiv.org/abs/2304.07193'],
			'gpt4-vs-gpt3': ['openai.com/index/gpt-4/', 'function-calling-and-other-api-updates'],
			'relu-derivative': ['docs.jax.dev/en/latest/_autosummary/jax.nn.relu.html']
		};
		for (const [slug, urls] of Object.entries(sources)) {
			const q = content.find((x) => x.slug === slug)!;
			for (const lang of ['en', 'zh'] as const) {
				const notes = q.answer[lang].html.match(/<aside class="note">[\s\S]*?<\/aside>/g) ?? [];
				for (const url of urls) {
					expect(notes.join('\n'), `${slug} ${lang}`).toContain(url);
				}
			}
		}
	});

	it('words the notes as the sources allow', () => {
		const text = (slug: string, lang: 'en' | 'zh') =>
			content.find((x) => x.slug === slug)!.answer[lang].text;
		expect(text('lora-qlora', 'en')).not.toMatch(/not a 70B model/);
		expect(text('lora-qlora', 'en')).toMatch(/65B-parameter model .* single 48 GB GPU/);
		expect(text('jacobian', 'en')).toContain('does not need to build full Jacobian');
		expect(text('jacobian', 'zh')).toContain('无需构造完整的雅可比矩阵');
		expect(text('foundation-models', 'en')).toMatch(/ResNet .* not what the term/);
		expect(text('positional-encodings', 'en')).toMatch(/differ in meaning/);
	});

	it('typesets D_KL with an upright KL', () => {
		const q = content.find((x) => x.slug === 'kl-divergence')!;
		for (const lang of ['en', 'zh'] as const) {
			expect(q.answer[lang].html, lang).toContain('D_{\\mathrm{KL}}');
			expect(q.answer[lang].html, lang).not.toContain('D_{KL}');
		}
	});

	it('cites authors the Chinese way in the Chinese notes: “Vaswani 等，2017”', () => {
		for (const q of content) {
			expect(q.answer.zh.text, q.slug).not.toMatch(/et al|[\w)], (19|20)\d\d\b/);
		}
	});
});

describe('parseQuestionFile(source)', () => {
	it('splits the two sections and takes each title line', () => {
		const parsed = parseQuestionFile(
			'<!-- en -->\n# Title\n\nBody $x^2$.\n\n<!-- zh -->\n# 标题\n\n正文。',
			't'
		);
		expect(parsed.en.title).toBe('Title');
		expect(parsed.zh.title).toBe('标题');
		expect(parsed.en.html).toContain('katex');
		expect(parsed.en.text).toBe('Body .');
	});

	it('rejects a file without both sections or without a title', () => {
		expect(() => parseQuestionFile('<!-- en -->\n# T\n\nx', 'a.md')).toThrow(/both/);
		expect(() => parseQuestionFile('<!-- en -->\nno title\n<!-- zh -->\n# 标题', 'b.md')).toThrow(
			/title/
		);
	});
});
