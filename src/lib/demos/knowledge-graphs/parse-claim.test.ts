import { describe, expect, it } from 'vitest';
import { entities, triples } from '$lib/content/knowledge-triples';
import { format } from '$lib/i18n/strings';
import { findMentions, parseClaim } from './parse-claim';
import { sentence } from './phrases';

const byId = new Map(entities.map((e) => [e.id, e]));

describe('parseClaim', () => {
	it('reads back every triple written as a claim, in English and in Chinese', () => {
		const wrong: string[] = [];
		for (const t of triples) {
			for (const lang of ['en', 'zh'] as const) {
				const s = byId.get(t.subject)![lang][0];
				const o = byId.get(t.object)![lang][0];
				const written = format(sentence[t.relation][lang], { s, o });
				const parsed = parseClaim(written);
				const ok =
					parsed.kind === 'claim' &&
					parsed.claim.subject === t.subject &&
					parsed.claim.relation === t.relation &&
					parsed.claim.object === t.object;
				if (!ok)
					wrong.push(
						`${written} → ${JSON.stringify(parsed.kind === 'claim' ? parsed.claim : parsed)}`
					);
			}
		}
		expect(wrong).toEqual([]);
	});

	it('reads "X, like Y" as Y is a kind of X, as the guide and its n-gram model write it', () => {
		expect(parseClaim('Masked models, like BERT, predict masked tokens')).toMatchObject({
			kind: 'claim',
			claim: { subject: 'bert', relation: 'isA', object: 'masked-model' }
		});
		expect(parseClaim('generative models , like bert , predict')).toMatchObject({
			claim: { subject: 'bert', relation: 'isA', object: 'generative-model' }
		});
	});

	it('prefers the longest name and respects word edges', () => {
		expect(findMentions('GPT-4 improves on GPT-3').map((m) => m.entity)).toEqual([
			'gpt-4',
			'gpt-3'
		]);
		expect(findMentions('self-attention and RNNs').map((m) => m.entity)).toEqual([
			'self-attention',
			'rnn'
		]);
		expect(findMentions('subtransformers')).toEqual([]);
	});

	it('says why when it cannot read a claim', () => {
		expect(parseClaim('   ')).toEqual({ kind: 'empty' });
		expect(parseClaim('🤖🧠✨')).toEqual({ kind: 'noEntity' });
		expect(parseClaim('The moon is made of green cheese.')).toEqual({ kind: 'noEntity' });
		expect(parseClaim('BERT 🤖 is great')).toEqual({ kind: 'oneEntity', entities: ['bert'] });
		expect(parseClaim('BERT and dropout')).toEqual({
			kind: 'noRelation',
			entities: ['bert', 'dropout']
		});
	});

	it('reads a 10,000-character text in well under a frame', () => {
		const long = 'BERT uses MLM. '.repeat(700).slice(0, 10_000);
		const t0 = performance.now();
		expect(parseClaim(long).kind).toBe('claim');
		expect(performance.now() - t0).toBeLessThan(200);
	});
});
