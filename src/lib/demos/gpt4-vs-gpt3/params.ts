import type { Schema } from '$lib/state/params';

export const schema = {
	/** Load the two tokenizers (about 0.8 MB, once) and lay the guide against the windows. */
	tokenize: { kind: 'bool', default: false },
	/** Which guide is laid against the windows: its English or its Chinese text. */
	guide: { kind: 'enum', default: 'en', values: ['en', 'zh'] },
	/** GPT-3's encoding: r50k_base (davinci, 2020) or p50k_base (text-davinci-002/003). */
	gpt3: { kind: 'enum', default: 'r50k', values: ['r50k', 'p50k'] }
} as const satisfies Schema;
