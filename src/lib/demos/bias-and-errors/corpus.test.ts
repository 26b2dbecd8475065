import { describe, expect, it } from 'vitest';
import { biasCorpus, lexicons, maleShare } from './corpus';

describe('biasCorpus', () => {
	it('is the same for the same seed, and different for another', () => {
		const a = biasCorpus({ lang: 'en', skew: 0.8, sentences: 50, seed: 3 });
		expect(biasCorpus({ lang: 'en', skew: 0.8, sentences: 50, seed: 3 })).toEqual(a);
		expect(biasCorpus({ lang: 'en', skew: 0.8, sentences: 50, seed: 4 })).not.toEqual(a);
	});

	it('follows the stereotype in the share of sentences the skew asks for', () => {
		for (const lang of ['en', 'zh'] as const) {
			for (const skew of [0, 0.5, 0.9]) {
				const shares = maleShare(biasCorpus({ lang, skew, sentences: 4000, seed: 1 }), lang);
				const lex = lexicons[lang];
				for (const { job, n, male } of shares) {
					const expected = lex.maleJobs.includes(job) ? skew : 1 - skew;
					expect(n).toBeGreaterThan(150);
					expect(Math.abs(male / n - expected)).toBeLessThan(0.08);
				}
			}
		}
	});

	it('writes Chinese with 他/她 and English with he/she', () => {
		const zh = biasCorpus({ lang: 'zh', skew: 1, sentences: 200, seed: 2 }).flat();
		expect(zh).toContain('他');
		expect(zh).toContain('她');
		expect(zh).not.toContain('he');
		const en = biasCorpus({ lang: 'en', skew: 1, sentences: 200, seed: 2 }).flat();
		expect(en).toContain('she');
	});
});
