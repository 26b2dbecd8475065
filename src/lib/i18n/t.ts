import { share } from '$lib/share/strings';
import { translator } from './translator';

/** The site's own translator: layout, pages, sharing. A demo uses the one in its strings.ts. */
export const t = translator(share);
