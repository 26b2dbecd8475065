// Retrains the /seq2seq demo's two checkpoints (with and without attention) from a fixed seed and
// writes them to src/lib/engines/seq2seq/checkpoints/. Deterministic: the same code gives the
// same files. About 3 minutes on 2 cores. Usage: node scripts/train-seq2seq.mjs
import { spawnSync } from 'node:child_process';

const run = spawnSync(
	'npx',
	['vitest', 'run', 'src/lib/engines/seq2seq/checkpoint.test.ts', '-t', 'writing the checkpoints'],
	{ stdio: 'inherit', env: { ...process.env, WRITE_SEQ2SEQ_CHECKPOINTS: '1' } }
);
if (run.status !== 0) process.exit(run.status ?? 1);
// The files are committed, and the repository's prettier check covers them.
const format = spawnSync('npx', ['prettier', '--write', 'src/lib/engines/seq2seq/checkpoints'], {
	stdio: 'inherit'
});
process.exit(format.status ?? 1);
