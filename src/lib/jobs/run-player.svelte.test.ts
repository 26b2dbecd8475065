import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { RunPlayer } from './run-player.svelte';
import { lineFit } from './test-fixtures';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(condition: () => boolean, ms = 5000) {
	const end = performance.now() + ms;
	while (!condition()) {
		if (performance.now() > end) throw new Error('timed out');
		await sleep(1);
	}
}

let destroy: (() => void) | undefined;
afterEach(() => destroy?.());

/** A player made as a component would make it, with a config held in $state. */
function mount(seed = 1, options: { restartAfterRest?: number; startOnPlay?: boolean } = {}) {
	const config = $state({ seed, rate: 0.1, steps: 1e9 });
	let player!: RunPlayer<typeof config, unknown, number, { a: number; b: number }>;
	destroy = $effect.root(() => {
		player = new RunPlayer(lineFit, () => config, options);
	});
	flushSync();
	return { player, config };
}

describe('RunPlayer', () => {
	it('starts paused at step 0, steps once, plays and pauses', async () => {
		const { player } = mount();
		expect(player.status).toBe('starting');
		await until(() => player.status === 'paused');
		expect(player.step).toBe(0);
		expect(player.view).toEqual({ a: 0, b: 0 });

		player.stepOnce();
		await until(() => player.step === 1);
		expect(player.logs).toHaveLength(1);

		player.play();
		await until(() => player.status === 'playing' && player.step > 20);
		player.pause();
		await until(() => player.status === 'paused');
		expect(player.logs).toHaveLength(player.step);
	});

	it('goes on when the config is read again but unchanged', async () => {
		const { player, config } = mount(1, { restartAfterRest: 20 });
		await until(() => player.status === 'paused');
		player.stepOnce();
		await until(() => player.step === 1);
		config.seed = 2;
		flushSync();
		config.seed = 1;
		flushSync();
		await sleep(60);
		expect(player.step).toBe(1);
		config.seed = 3;
		flushSync();
		await until(() => player.step === 0);
	});

	it('starts a waiting config at once when the reader steps before it has rested', async () => {
		const { player, config } = mount(1, { restartAfterRest: 10_000 });
		await until(() => player.status === 'paused');
		config.seed = 2;
		await sleep(5);
		player.stepOnce();
		await until(() => player.step === 1);
		const { player: two } = mount(2);
		await until(() => two.status === 'paused');
		two.stepOnce();
		await until(() => two.step === 1);
		expect(player.logs).toEqual(two.logs);
	});

	it('with startOnPlay, loads nothing until the first step, then runs the config as it is then', async () => {
		let loads = 0;
		const config = $state({ seed: 1, rate: 0.1, steps: 1e9 });
		let player!: RunPlayer<typeof config, unknown, number, { a: number; b: number }>;
		destroy = $effect.root(() => {
			player = new RunPlayer(
				() => {
					loads++;
					return Promise.resolve(lineFit);
				},
				() => config,
				{ startOnPlay: true }
			);
		});
		flushSync();
		config.seed = 2;
		flushSync();
		await sleep(20);
		expect(loads).toBe(0);
		expect(player.status).toBe('paused');
		expect(player.view).toBeUndefined();

		player.stepOnce();
		expect(player.status).toBe('starting');
		await until(() => player.step === 1);
		expect(loads).toBe(1);
		const { player: eager } = mount(2);
		await until(() => eager.status === 'paused');
		eager.stepOnce();
		await until(() => eager.step === 1);
		expect(player.logs).toEqual(eager.logs);
		player.play();
		await until(() => player.status === 'playing' && player.step > 5);
	});

	it('pauses off screen and plays again on the way back, unless the reader had paused it', async () => {
		const { player } = mount();
		await until(() => player.status === 'paused');
		player.play();
		await until(() => player.status === 'playing');
		player.visible(false);
		await until(() => player.status === 'paused');
		player.visible(true);
		await until(() => player.status === 'playing');
		player.pause();
		await until(() => player.status === 'paused');
		player.visible(false);
		player.visible(true);
		await sleep(50);
		expect(player.status).toBe('paused');
	});

	it('resets to step 0 with the same logs to come', async () => {
		const { player } = mount();
		await until(() => player.status === 'paused');
		for (let i = 0; i < 5; i++) player.stepOnce();
		await until(() => player.step === 5);
		const logs = player.logs;
		player.reset();
		await until(() => player.step === 0);
		expect(player.logs).toEqual([]);
		for (let i = 0; i < 5; i++) player.stepOnce();
		await until(() => player.step === 5);
		expect(player.logs).toEqual(logs);
	});

	it('starts over when the config changes (the seed, here)', async () => {
		const { player, config } = mount();
		await until(() => player.status === 'paused');
		player.stepOnce();
		await until(() => player.step === 1);
		const [loss] = player.logs;
		config.seed = 2;
		flushSync();
		await until(() => player.step === 0);
		player.stepOnce();
		await until(() => player.step === 1);
		expect(player.logs).toHaveLength(1);
		expect(player.logs[0]).not.toBe(loss);
	});

	it('with restartAfterRest, starts over once the config rests, not at every change', async () => {
		const { player, config } = mount(1, { restartAfterRest: 80 });
		await until(() => player.status === 'paused');
		for (let i = 0; i < 3; i++) player.stepOnce();
		await until(() => player.step === 3);
		for (const seed of [2, 3, 4]) {
			config.seed = seed;
			flushSync();
			await sleep(20);
		}
		// Still the old run while the seed moves…
		expect(player.step).toBe(3);
		// …and one fresh start from the last seed once it rests.
		await until(() => player.step === 0);
		player.stepOnce();
		await until(() => player.step === 1);
		const stopFirst = destroy;
		const fresh = mount(4);
		await until(() => fresh.player.status === 'paused');
		fresh.player.stepOnce();
		await until(() => fresh.player.step === 1);
		expect(player.logs).toEqual(fresh.player.logs);
		stopFirst?.();
	});

	it('stops for good when its owner is destroyed', async () => {
		const { player } = mount();
		await until(() => player.status === 'paused');
		player.play();
		await until(() => player.step > 0);
		destroy!();
		destroy = undefined;
		await sleep(20);
		const { step } = player;
		await sleep(60);
		expect(player.step).toBe(step);
	});
});
