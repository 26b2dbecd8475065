// `npm test`: every check and test, in the order that fails fastest. Makes sure a Chromium exists.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumLaunchOptions } from './chromium.mjs';

function run(command, args) {
	console.log(`\n▶ ${command} ${args.join(' ')}`);
	const { status } = spawnSync(command, args, { stdio: 'inherit' });
	if (status !== 0) process.exit(status ?? 1);
}

/**
 * Runs a step under coreutils' `timeout`, which stops the whole process group (npx, the runner and
 * its workers) when the step overruns, so a stuck test fails this command instead of CI's clock.
 */
function runWithin(minutes, command, args) {
	if (!existsSync('/usr/bin/timeout')) return run(command, args);
	console.log(`\n▶ ${command} ${args.join(' ')} (stopped after ${minutes} min)`);
	const { status } = spawnSync('/usr/bin/timeout', ['-k', '20', `${minutes}m`, command, ...args], {
		stdio: 'inherit'
	});
	if (status === 124 || status === 137) {
		console.error(
			`\n✗ ${command} ${args.join(' ')} did not finish within ${minutes} min (it usually takes a few).` +
				' A test is stuck in synchronous code; the files reported above finished.'
		);
	}
	if (status !== 0) process.exit(status ?? 1);
}

function ensureChromium() {
	if (chromiumLaunchOptions()) return;
	const isRoot = process.getuid?.() === 0;
	if (isRoot && existsSync('/etc/debian_version')) {
		console.log('No Chromium found: installing Debian’s chromium package…');
		run('apt-get', ['update', '-qq']);
		run('apt-get', ['install', '-y', '-qq', 'chromium']);
		if (chromiumLaunchOptions()) return;
	}
	console.error(
		'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium binary.'
	);
	process.exit(1);
}

ensureChromium();
run('npm', ['run', '-s', 'check']);
run('npm', ['run', '-s', 'lint']);
runWithin(15, 'npx', ['vitest', 'run']);
run('npx', ['playwright', 'test']);
