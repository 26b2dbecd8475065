// One test per route (the index, every question page, every embed), read from the registry, so a
// new question or demo is covered without touching this file. Each test loads its page once and
// runs the page-level checks on that load: no console errors, page errors or foreign requests
// (the fixture, after every step), every script fetched before the demo is drawn named in the
// head, axe in both themes (the dark one on the demo area alone where
// the shell has been scanned dark elsewhere; on embeds, one built and one pending: an embed runs
// the same demo its question page has scanned), on a demo's question page a visible focus
// at every tab stop, what the page must show, on a demo's question page hide= and lock= on its
// controls, then hostile hashes (which, on every page but an embed, end with one more load, to
// test a hostile hash read on arrival).
import type { Page } from '@playwright/test';
import { questions } from '../../src/lib/content/registry';
import type { Schema } from '../../src/lib/state/params';
import { built, expected, type Expected } from './content';
import { focusStopsVisible, hideAndLockHold } from './demo-checks';
import { expect, open, test } from './fixtures';
import {
	answerInBothLanguages,
	axeInBothThemes,
	embedWithoutChrome,
	hostileHashesHold,
	indexListsQuestions,
	namedInHead
} from './page-checks';

const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 1);
/**
 * Hostile hashes per route: one arrives with a second load, the rest as hash changes. A demo's
 * question page gets the most (50 pages of them make 500 hashes a run); a page without a demo reads
 * only the site's keys, so it gets a few. An embed runs the same demo, on the same schema and the
 * same parser, as its question page: it gets a few hash changes and no second load, except on the
 * embeds axe scans.
 */
const HASHES = { demoPage: 10, other: 5, embed: 3 };

const schemas = new Map<string, Schema>();
for (const id of new Set(built.map((q) => q.demo.id))) {
	schemas.set(id, (await import(`../../src/lib/demos/${id}/params.ts`)).schema);
}
const schemaOf = (q: Expected) => {
	const demo = questions.find((question) => question.slug === q.slug)!.demo;
	return schemas.get(demo.id);
};

type Route = {
	path: string;
	/** What this kind of page must show, checked on the fresh load before anything changes it. */
	shows: { name: string; check: (page: Page) => Promise<void> };
	schema?: Schema;
	demoArea: boolean;
	axe: boolean;
	/** Where the dark theme is scanned: the whole page, or only its demo. */
	darkInclude?: string;
	/** A built demo's question page: its controls are checked here too. */
	controls?: string;
	hashes: number;
	/** A second load with a hostile hash, read on arrival. */
	onArrival: boolean;
};

const axedEmbeds = new Set([
	expected.find((q) => schemaOf(q))?.slug,
	expected.find((q) => !schemaOf(q))?.slug
]);

// The shell and the answers are scanned dark on the index, on every page without a demo and on
// the first demo's page; every other demo's page, only its demo area.
const firstBuilt = expected.find((q) => schemaOf(q))?.slug;

const routes: Route[] = [
	{
		path: '/',
		shows: {
			name: 'lists every question by topic',
			check: (page) => indexListsQuestions(page, expected)
		},
		demoArea: false,
		axe: true,
		hashes: HASHES.other,
		onArrival: true
	},
	...expected.flatMap((q): Route[] => [
		{
			path: `/${q.slug}`,
			shows: {
				name: `question ${q.number}'s answer in English and in Chinese`,
				check: (page) => answerInBothLanguages(page, q)
			},
			schema: schemaOf(q),
			demoArea: true,
			axe: true,
			darkInclude: schemaOf(q) && q.slug !== firstBuilt ? '.demo-area' : undefined,
			controls: schemaOf(q) && q.slug,
			hashes: schemaOf(q) ? HASHES.demoPage : HASHES.other,
			onArrival: true
		},
		{
			path: `/embed/${q.slug}`,
			shows: { name: 'the demo area alone', check: (page) => embedWithoutChrome(page, q) },
			schema: schemaOf(q),
			demoArea: true,
			axe: axedEmbeds.has(q.slug),
			hashes: axedEmbeds.has(q.slug) ? HASHES.other : HASHES.embed,
			onArrival: axedEmbeds.has(q.slug)
		}
	])
];

for (const {
	path,
	shows,
	schema,
	demoArea,
	axe,
	darkInclude,
	controls,
	hashes,
	onArrival
} of routes) {
	test(`${path}: loads clean, shows ${shows.name},${axe ? ' passes axe in both themes,' : ''}${controls ? ' keeps focus visible and hides and locks controls,' : ''} survives hostile hashes`, async ({
		page,
		problems
	}) => {
		// Four checks on one load: 30 to 95 s each (/tokenization the longest, mostly axe) when the
		// 2 cores ran at a load average of 30.
		test.setTimeout(180_000);
		const clean = (step: string) => {
			expect
				.soft(problems, `${path}, ${step}: console errors, page errors or foreign requests`)
				.toEqual([]);
			problems.length = 0;
		};

		await test.step('load', async () => {
			await page.emulateMedia({ colorScheme: 'light' });
			await open(page, path);
			if (demoArea) {
				await page.locator('[data-demo-ready]').waitFor({ state: 'attached' });
				await namedInHead(page);
			}
			clean('load');
		});
		// Axe first: the page as a reader first sees it, in English.
		if (axe) {
			await test.step('axe, light and dark', async () => {
				await axeInBothThemes(page, path, darkInclude);
				clean('axe');
			});
		}
		if (controls) {
			await test.step('a visible focus at every tab stop', async () => {
				await focusStopsVisible(page, path);
				clean('focus');
			});
		}
		await test.step(`shows ${shows.name}`, async () => {
			await shows.check(page);
			clean(shows.name);
		});
		if (controls) {
			await test.step('hide= and lock=', async () => {
				await hideAndLockHold(page, controls);
				clean('hide and lock');
			});
		}
		await test.step('hostile hashes', () =>
			hostileHashesHold(page, path, problems, {
				seed: FUZZ_SEED,
				count: hashes,
				schema,
				demoArea,
				onArrival
			}));
	});
}
