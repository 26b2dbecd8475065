// The Content-Security-Policy of svelte.config.js (kit.csp): everything from the site itself, and
// markup that gets into a page cannot run script or load anything from elsewhere.
import { test as bare, type Page } from '@playwright/test';
import { expect, SW_BLOCKED, test } from './fixtures';

const hydrated = (page: Page) => page.locator('html[data-hydrated]').waitFor({ state: 'attached' });

/** The policy as directive → sources. */
const parse = (policy: string) =>
	new Map(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name, ...sources]) => [name, sources])
	);

const HASH = /^'sha256-[A-Za-z0-9+/]+=*'$/;

for (const path of ['/', '/temperature', '/embed/temperature']) {
	test(`${path} allows scripts and connections from the site only`, async ({ page }) => {
		const response = await page.goto(path);
		await hydrated(page);
		const meta = await page.evaluate(
			() =>
				document
					.querySelector('meta[http-equiv="content-security-policy" i]')
					?.getAttribute('content') ?? null
		);
		// The static build has no headers, so its pages carry the policy in a <meta> tag; `vite dev`
		// sends it as a header instead.
		const header = response!.headers()['content-security-policy'];
		if (!header) expect(meta, 'a prerendered page carries its policy in a <meta>').toBeTruthy();
		const policy = parse(meta ?? header);

		const scripts = policy.get('script-src')!;
		expect(scripts).toContain("'self'");
		for (const source of scripts) expect(source === "'self'" || HASH.test(source)).toBe(true);
		// SvelteKit's inline bootstrapping script runs because its hash is listed.
		const inline = await page.evaluate(async () => {
			const digests = [...document.querySelectorAll('script:not([src])')].map(async (s) => {
				const bytes = new TextEncoder().encode(s.textContent!);
				const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
				return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
			});
			return Promise.all(digests);
		});
		expect(inline.length).toBeGreaterThan(0);
		for (const digest of inline) expect(scripts).toContain(digest);

		// No directive names another origin or a wildcard; inline style is the one relaxation.
		for (const [name, sources] of policy) {
			for (const source of sources) {
				const local = ["'self'", "'none'", 'data:', 'blob:'].includes(source) || HASH.test(source);
				const inlineStyle = name === 'style-src' && source === "'unsafe-inline'";
				expect(local || inlineStyle, `${name} ${source}`).toBe(true);
			}
		}
		for (const name of ['default-src', 'connect-src', 'base-uri']) {
			expect(policy.get(name)).toEqual(["'self'"]);
		}
		expect(policy.get('object-src')).toEqual(["'none'"]);
		// Embeds may be framed by any site.
		expect(policy.has('frame-ancestors')).toBe(false);
	});
}

// Without the fixture: the refusals below log console errors on purpose, checked here instead.
bare(
	'markup injected into a page cannot run script or reach another origin',
	async ({ page, baseURL }) => {
		const messages: string[] = [];
		const foreign: string[] = [];
		page.on('console', (msg) => {
			const problem = msg.type() === 'error' || msg.type() === 'warning';
			if (problem && msg.text() !== SW_BLOCKED) messages.push(msg.text());
		});
		page.on('pageerror', (err) => messages.push(err.message));
		// Chromium reports a request the policy stops as one that failed with reason "csp".
		const origin = new URL(baseURL!).origin;
		page.on('requestfinished', (req) => {
			if (!req.url().startsWith(origin)) foreign.push(`${req.url()} sent`);
		});
		page.on('requestfailed', (req) => {
			if (!req.url().startsWith(origin)) foreign.push(`${req.url()} ${req.failure()?.errorText}`);
		});
		await page.goto('/temperature');
		await hydrated(page);

		const result = await page.evaluate(async () => {
			const violations: string[] = [];
			document.addEventListener('securitypolicyviolation', (e) =>
				violations.push(`${e.effectiveDirective} ${e.blockedURI}`)
			);
			const w = window as { __pwned?: number };

			const script = document.createElement('script');
			script.textContent = 'window.__pwned = 1';
			document.body.append(script);

			const handler = document.createElement('button');
			handler.setAttribute('onclick', 'window.__pwned = 2');
			document.body.append(handler);
			handler.click();

			// A string timer, as injected code would use it; compiling it needs 'unsafe-eval'.
			(setTimeout as (code: string) => void)('window.__pwned = 3');

			const remote = document.createElement('script');
			remote.src = 'https://example.com/x.js';
			document.body.append(remote);
			const image = new Image();
			image.src = 'https://example.com/x.png';
			document.body.append(image);
			let fetched = true;
			await fetch('https://example.com/').catch(() => (fetched = false));

			await new Promise((done) => setTimeout(done, 200));
			return { pwned: w.__pwned, fetched, violations };
		});

		expect(result.pwned).toBeUndefined();
		expect(result.fetched).toBe(false);
		expect(result.violations.sort()).toEqual(
			[
				'script-src-elem inline',
				'script-src-attr inline',
				'script-src eval',
				'script-src-elem https://example.com/x.js',
				'img-src https://example.com/x.png',
				'connect-src https://example.com/'
			].sort()
		);
		expect(foreign.sort()).toEqual([
			'https://example.com/x.js csp',
			'https://example.com/x.png csp'
		]);
		for (const message of messages) expect(message).toMatch(/Content Security Policy/);
	}
);
