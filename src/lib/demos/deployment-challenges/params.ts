import { gpus, models } from '$lib/content/model-facts';
import { weightPrecisions } from '$lib/math/inference-memory';
import type { Schema } from '$lib/state/params';
import { cachePrecisions } from './figures';

export const schema = {
	model: { kind: 'enum', default: 'llama2-7b', values: models.map((m) => m.id) },
	weights: { kind: 'enum', default: 'bf16', values: weightPrecisions },
	cache: { kind: 'enum', default: 'bf16', values: cachePrecisions },
	prompt: { kind: 'int', default: 1024, min: 1, max: 131_072 },
	output: { kind: 'int', default: 256, min: 1, max: 32_768 },
	batch: { kind: 'int', default: 1, min: 1, max: 256 },
	gpu: { kind: 'enum', default: 'a100-80gb', values: gpus.map((g) => g.id) }
} as const satisfies Schema;
