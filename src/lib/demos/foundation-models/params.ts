import { firstYear, lastYear } from '$lib/content/foundation-models';
import type { Schema } from '$lib/state/params';

export const schema = {
	view: { kind: 'enum', default: 'map', values: ['map', 'timeline'] },
	from: { kind: 'int', default: firstYear, min: firstYear, max: lastYear },
	to: { kind: 'int', default: lastYear, min: firstYear, max: lastYear },
	/** The map's zoom: a modality ('image') or a modality and objective ('image/diffusion'). */
	at: { kind: 'string', default: 'root', maxLength: 40 },
	/** The model whose card is open. */
	pick: { kind: 'string', default: '', maxLength: 40 }
} as const satisfies Schema;
