import type { Run } from './define';
import { nextTask } from '$lib/scheduling/next-task';
import type { FromRun, Host, Post, RunStatus, ToRun } from './protocol';

/** At most this many updates (logs and a view) a second reach the page. */
const UPDATES_PER_SECOND = 30;

/**
 * The far end of a run: holds its state, steps it on `play` in chunks of about `chunkMs` (as
 * fast as it can, or paced to a number of steps per second), and posts every step's log in
 * batches with a view of the state, at most 30 times a second and whenever it stops.
 */
export function hostRun<C, S, L, V>(
	run: Run<C, S, L, V>,
	post: Post<FromRun<L, V>>,
	chunkMs: number
): Host<ToRun<C>> {
	let epoch = -1;
	let state: S | undefined;
	let step = 0;
	let status: RunStatus = 'paused';
	let logs: L[] = [];
	let lastUpdate = -Infinity;
	let stepsPerSecond = Infinity;
	// Pacing: steps taken since `paceStart` (ms), against those due by now.
	let paceStart = 0;
	let paceSteps = 0;
	// Bumped to drop a tick already scheduled (on pause, init or close).
	let ticket = 0;

	function update() {
		lastUpdate = performance.now();
		post({ type: 'update', epoch, step, status, logs, view: run.view(state as S) });
		logs = [];
	}

	function advance() {
		const result = run.step(state as S);
		state = result.state;
		step++;
		logs.push(result.log);
		if (run.done?.(state)) status = 'finished';
	}

	function restartPace() {
		paceStart = performance.now();
		paceSteps = 0;
	}

	function schedule(delay: number) {
		const mine = ++ticket;
		const tickIfCurrent = () => {
			if (mine === ticket) guarded(tick);
		};
		if (delay > 0) setTimeout(tickIfCurrent, delay);
		else void nextTask().then(tickIfCurrent);
	}

	function tick() {
		const start = performance.now();
		const due =
			stepsPerSecond === Infinity
				? Infinity
				: Math.floor(((start - paceStart) * stepsPerSecond) / 1000) - paceSteps;
		let taken = 0;
		while (taken < due && status === 'playing' && performance.now() - start < chunkMs) {
			advance();
			taken++;
		}
		paceSteps += taken;
		const now = performance.now();
		if (status !== 'playing' || now - lastUpdate >= 1000 / UPDATES_PER_SECOND) update();
		if (status !== 'playing') return;
		if (taken === due) {
			// On pace: wait for the next step's time.
			schedule((paceSteps + 1) * (1000 / stepsPerSecond) - (now - paceStart));
		} else {
			// Behind (or unpaced): go on at once, and do not try to catch up in a burst.
			if (due !== Infinity) restartPace();
			schedule(0);
		}
	}

	const commands: { [T in ToRun<C>['type']]: (message: Extract<ToRun<C>, { type: T }>) => void } = {
		init(message) {
			ticket++;
			epoch = message.epoch;
			step = 0;
			logs = [];
			state = run.init(message.config);
			status = run.done?.(state) ? 'finished' : 'paused';
			update();
		},
		play() {
			if (state === undefined || status !== 'paused') return;
			status = 'playing';
			restartPace();
			update();
			schedule(0);
		},
		pause() {
			if (status !== 'playing') return;
			ticket++;
			status = 'paused';
			update();
		},
		step() {
			if (state === undefined || status !== 'paused') return;
			advance();
			update();
		},
		speed(message) {
			stepsPerSecond = message.stepsPerSecond > 0 ? message.stepsPerSecond : Infinity;
			restartPace();
			if (status === 'playing') schedule(0);
		}
	};

	/** A throwing init, step or view fails the run: nothing runs until the next init. */
	function guarded(action: () => void) {
		try {
			action();
		} catch (error) {
			ticket++;
			state = undefined;
			status = 'paused';
			post({ type: 'error', epoch, message: String(error) });
		}
	}

	return {
		receive(message) {
			guarded(() => (commands[message.type] as (m: ToRun<C>) => void)(message));
		},
		close() {
			ticket++;
			state = undefined;
		}
	};
}
