/**
 * The guide itself tokenized with a named encoding, on demand: our byte-level BPE trained on it
 * (in a worker), or one of OpenAI's encodings (its chunk imported on first use). The pages about
 * context windows lay these token counts against the windows of real models.
 */
import { guideText } from '$lib/content/guide-text';
import { loadGpt } from '$lib/engines/tokenizer';
import { createBpeCodec } from '$lib/math/bpe-codec';
import { runJob } from '$lib/jobs';
import type { Lang } from '$lib/i18n/strings';

export { tokenTexts } from './token-texts';

/** Our BPE; GPT-2 and GPT-3's r50k_base; later GPT-3's p50k_base; GPT-3.5 and GPT-4's cl100k_base. */
export const GUIDE_ENCODINGS = ['bpe', 'r50k', 'p50k', 'cl100k'] as const;
export type GuideEncoding = (typeof GUIDE_ENCODINGS)[number];

/** How many merges our BPE learns from the guide (a vocabulary of 256 + this many tokens). */
export const OUR_BPE_MERGES = 1000;

export interface GuideTokens {
	encoding: GuideEncoding;
	lang: Lang;
	/** The token ids of the whole guide in that language. */
	ids: ArrayLike<number>;
	/** Characters (UTF-16 units) of the text, for tokens per character. */
	chars: number;
	vocabSize: number;
	/** The bytes a token stands for (shared: do not change them). */
	bytesOf(id: number): Uint8Array;
}

const startWorker = () =>
	new Worker(new URL('./bpe.worker.ts', import.meta.url), { type: 'module' });

async function tokenize(encoding: GuideEncoding, lang: Lang): Promise<GuideTokens> {
	const text = await guideText(lang);
	if (encoding === 'bpe') {
		const { merges, ids } = await runJob(
			() => import('./bpe.job').then((m) => m.ourBpe),
			{ text, merges: OUR_BPE_MERGES },
			{ worker: typeof Worker === 'undefined' ? undefined : startWorker }
		);
		const codec = createBpeCodec(merges);
		const bytes = new Map<number, Uint8Array>();
		const bytesOf = (id: number) => {
			let known = bytes.get(id);
			if (!known) bytes.set(id, (known = codec.bytesOf(id)));
			return known;
		};
		return { encoding, lang, ids, chars: text.length, vocabSize: codec.vocabSize, bytesOf };
	}
	const gpt = await loadGpt(encoding);
	// Copied: the tokenizer keeps (and may replace) its last result.
	const ids = Uint32Array.from(gpt.encode(text));
	return {
		encoding,
		lang,
		ids,
		chars: text.length,
		vocabSize: gpt.vocabSize,
		bytesOf: gpt.bytesOf
	};
}

const cache = new Map<string, Promise<GuideTokens>>();

/** The guide in `lang` tokenized with `encoding`, worked out once; a failure can be retried. */
export function guideTokens(encoding: GuideEncoding, lang: Lang): Promise<GuideTokens> {
	const key = `${encoding}:${lang}`;
	let promise = cache.get(key);
	if (!promise) {
		promise = tokenize(encoding, lang);
		promise.catch(() => cache.delete(key));
		cache.set(key, promise);
	}
	return promise;
}
