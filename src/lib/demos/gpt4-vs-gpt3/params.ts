import type { Schema } from '$lib/state/params';

export const schema = {
	/** Which guide is laid against the windows: its English or its Chinese text. */
	guide: { kind: 'enum', default: 'en', values: ['en', 'zh'] }
} as const satisfies Schema;
