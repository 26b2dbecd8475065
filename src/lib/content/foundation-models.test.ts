import { describe, expect, it } from 'vitest';
import { foundationModels, modalities, objectives } from './foundation-models';

describe('foundationModels', () => {
	it('holds at least 25 entries, the well-known ones among them', () => {
		expect(foundationModels.length).toBeGreaterThanOrEqual(25);
		const names = foundationModels.map((m) => m.name);
		for (const name of [
			'BERT',
			'GPT-2',
			'GPT-3',
			'T5',
			'CLIP',
			'DALL·E 2',
			'Stable Diffusion',
			'Whisper',
			'PaLM',
			'LLaMA',
			'Llama 2',
			'Mistral 7B',
			'Mixtral 8×7B',
			'GPT-4',
			'Flamingo',
			'ViT',
			'wav2vec 2.0',
			'Codex'
		]) {
			expect(names).toContain(name);
		}
	});

	it('every entry has a year in 2017–2025 and an https source with a title', () => {
		for (const m of foundationModels) {
			expect(Number.isInteger(m.year), m.id).toBe(true);
			expect(m.year, m.id).toBeGreaterThanOrEqual(2017);
			expect(m.year, m.id).toBeLessThanOrEqual(2025);
			expect(m.source.url, m.id).toMatch(/^https:\/\/[^\s]+$/);
			expect(m.source.title.length, m.id).toBeGreaterThan(10);
		}
	});

	it('every size is a published number (with its wording) or explicitly unknown', () => {
		for (const m of foundationModels) {
			if ('parameters' in m.size) {
				expect(Number.isFinite(m.size.parameters) && m.size.parameters > 0, m.id).toBe(true);
				expect(m.size.published, m.id).toMatch(/\d/);
			} else {
				expect(['withheld', 'no-total'], m.id).toContain(m.size.unknown);
			}
		}
	});

	it('the published wording agrees with the number (e.g. “175B” is 175e9)', () => {
		const scale = { M: 1e6, B: 1e9 } as const;
		for (const m of foundationModels) {
			if (!('parameters' in m.size)) continue;
			const [, figure, unit] = m.size.published.match(/^([\d,.]+)([MB])/)!;
			const stated = Number(figure.replace(/,/g, '')) * scale[unit as 'M' | 'B'];
			// SAM's source gives two parts; the first is most of it.
			expect(stated / m.size.parameters, m.id).toBeGreaterThan(
				0.99 * (m.id === 'sam' ? 632 / 636 : 1)
			);
			expect(stated / m.size.parameters, m.id).toBeLessThanOrEqual(1.0001);
		}
	});

	it('GPT-4 and Gemini Ultra sizes are withheld, never guessed', () => {
		for (const id of ['gpt-4', 'gemini']) {
			expect(foundationModels.find((m) => m.id === id)!.size).toEqual({ unknown: 'withheld' });
		}
	});

	it('no duplicates: ids, names and sources are each unique', () => {
		for (const key of ['id', 'name'] as const) {
			const values = foundationModels.map((m) => m[key]);
			expect(new Set(values).size).toBe(values.length);
		}
		const sources = foundationModels.map((m) => m.source.url);
		expect(new Set(sources).size).toBe(sources.length);
	});

	it('uses only the known modalities and objectives, and every modality has an entry', () => {
		for (const m of foundationModels) {
			expect(modalities).toContain(m.modality);
			expect(objectives).toContain(m.objective);
		}
		for (const modality of modalities) {
			expect(
				foundationModels.some((m) => m.modality === modality),
				modality
			).toBe(true);
		}
	});
});
