import { it } from 'vitest';
import { runJobNow } from '$lib/jobs';
import { accuracySweep } from './accuracy.job';
import { mlmCorpus } from './corpus';
import { RATES } from './params';
it('sweep', async () => {
	for (const lang of ['en', 'zh'] as const) {
		const corpus = await mlmCorpus(lang);
		const t0 = performance.now();
		const pts = runJobNow(accuracySweep, { corpus, rates: RATES, seed: 1 });
		console.log(
			lang,
			(performance.now() - t0).toFixed(0),
			'ms',
			corpus.sentences.length,
			corpus.vocabulary.length,
			corpus.sentences[21].text
		);
		for (const p of pts) console.log(p.rate, p.blanks, p.both.toFixed(3), p.left.toFixed(3));
	}
}, 120000);
