import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl } from './embed-snippet';

const schema = {
	t: { kind: 'number', default: 1, min: 0, max: 2 },
	seed: { kind: 'int', default: 1, min: 0, max: 99 }
} as const;
const none = { hide: '', lock: '', theme: 'auto', lang: 'auto', height: 500 } as const;

describe('embedUrl(root, slug, schema, values, options)', () => {
	it('carries the demo’s non-default values and nothing else by default', () => {
		expect(embedUrl('https://x.test/', 'temperature', schema, { t: 0.8, seed: 1 }, none)).toBe(
			'https://x.test/embed/temperature#t=0.8'
		);
	});
	it('adds hide, lock, theme and language after the demo’s keys', () => {
		const url = embedUrl(
			'https://x.test',
			'temperature',
			schema,
			{ t: 1, seed: 7 },
			{
				...none,
				hide: 'seed',
				lock: 't,seed',
				theme: 'dark',
				lang: 'zh'
			}
		);
		expect(url).toBe(
			'https://x.test/embed/temperature#seed=7&hide=seed&lock=t,seed&theme=dark&lang=zh'
		);
	});
});

describe('embedSnippet(url, root, title, height)', () => {
	it('is a frame with a clamped height and the resizing script', () => {
		const html = embedSnippet(
			'https://x.test/embed/a#t=1&u=2',
			'https://x.test/',
			'A "quoted" <b>',
			99999
		);
		expect(html).toContain('src="https://x.test/embed/a#t=1&amp;u=2"');
		expect(html).toContain('title="A &quot;quoted&quot; &lt;b>"');
		expect(html).toContain('height="4000"');
		expect(html).toContain('<script src="https://x.test/embed.js" async></script>');
	});
});
