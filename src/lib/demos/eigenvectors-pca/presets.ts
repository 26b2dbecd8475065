import type { Values } from '$lib/state/params';
import type { schema } from './params';

export const presetIds = ['correlated', 'round', 'clusters'] as const;
export type PresetId = (typeof presetIds)[number];

type Sample = Pick<Values<typeof schema>, 'shape' | 'sx' | 'sy' | 'rho' | 'gap'>;

/** The sample each preset button draws (with the current n and seed). */
export const presets: Record<PresetId, Sample> = {
	correlated: { shape: 'gaussian', sx: 2, sy: 1.2, rho: 0.8, gap: 0 },
	round: { shape: 'gaussian', sx: 1.5, sy: 1.5, rho: 0, gap: 0 },
	clusters: { shape: 'clusters', sx: 0.7, sy: 0.7, rho: 0, gap: 5 }
};

/** The preset the current sample matches, if any. */
export function matchingPreset(v: Sample): PresetId | undefined {
	return presetIds.find((id) => {
		const p = presets[id];
		return (
			p.shape === v.shape &&
			p.sx === v.sx &&
			p.sy === v.sy &&
			p.rho === v.rho &&
			(v.shape === 'gaussian' || p.gap === v.gap)
		);
	});
}
