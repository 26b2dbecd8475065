import { describe, expect, it } from 'vitest';
import { trainNgram } from '$lib/math/ngram';
import { analyse, completions } from './analysis';
import { biasCorpus } from './corpus';

describe('analyse', () => {
	const skewed = biasCorpus({ lang: 'en', skew: 0.9, sentences: 1000, seed: 1 });
	const balanced = biasCorpus({ lang: 'en', skew: 0.5, sentences: 1000, seed: 1 });

	it('finds a large WEAT effect in a skewed corpus and a small one in a balanced corpus', () => {
		const a = analyse(skewed, 'en', 1);
		const b = analyse(balanced, 'en', 1);
		expect(a.before.weat.effectSize).toBeGreaterThan(1.2);
		expect(Math.abs(b.before.weat.effectSize)).toBeLessThan(a.before.weat.effectSize);
	});

	it('puts stereotyped-male occupations on the he side of the gender direction, and debiasing at 0', () => {
		for (const lang of ['en', 'zh'] as const) {
			const a = analyse(biasCorpus({ lang, skew: 0.9, sentences: 1000, seed: 2 }), lang, 2);
			for (const j of a.before.jobs) expect(Math.sign(j.projection)).toBe(j.male ? 1 : -1);
			for (const j of a.after.jobs) expect(j.projection).toBeCloseTo(0, 9);
		}
	});

	it('groups occupations by stereotype before debiasing, and less after (in this toy, gender is nearly one direction)', () => {
		const a = analyse(skewed, 'en', 1);
		expect(a.before.sameGroup).toBe(8);
		expect(a.after.sameGroup).toBeLessThan(a.before.sameGroup);
		expect(Math.abs(a.after.weat.effectSize)).toBeLessThan(a.before.weat.effectSize);
	});

	it('is quick enough to run on a slider change', () => {
		const t0 = performance.now();
		for (let i = 0; i < 5; i++) analyse(skewed, 'en', i);
		const t1 = performance.now();
		for (let i = 0; i < 5; i++) trainNgram(skewed, 5);
		const t2 = performance.now();
		const zh = biasCorpus({ lang: 'zh', skew: 0.9, sentences: 1000, seed: 1 });
		for (let i = 0; i < 5; i++) analyse(zh, 'zh', i);
		// Logged, not asserted (the machine is shared): this is why the page trains in a worker.
		console.log(
			'analyse ms',
			(t1 - t0) / 5,
			'ngram ms',
			(t2 - t1) / 5,
			'zh',
			(performance.now() - t2) / 5
		);
	});
});

describe('completions', () => {
	it('gives "he" after "the doctor said that" more often from the skewed corpus', () => {
		const skewed = completions(
			trainNgram(biasCorpus({ lang: 'en', skew: 0.9, sentences: 1000, seed: 1 }), 5),
			'en'
		);
		const balanced = completions(
			trainNgram(biasCorpus({ lang: 'en', skew: 0.5, sentences: 1000, seed: 1 }), 5),
			'en'
		);
		expect(skewed[0].he).toBeGreaterThan(0.7);
		expect(Math.abs(balanced[0].he - balanced[0].she)).toBeLessThan(0.35);
	});
});
