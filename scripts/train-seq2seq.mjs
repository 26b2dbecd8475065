// `node scripts/train-seq2seq.mjs`: retrains the /seq2seq demo's two checkpoints (with and
// without attention) from the fixed recipe in src/lib/engines/seq2seq/train.ts and writes their
// weights and summary to src/lib/engines/seq2seq/checkpoints/. Deterministic: the same code gives
// the same files. A few minutes on 2 cores. The checkpoint test then checks what it wrote.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadLib } from './load-lib.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const train = await loadLib('engines/seq2seq/train.ts');

const dir = `${root}src/lib/engines/seq2seq/checkpoints/`;
const summary = {};
for (const [kind, file] of [
	['attention', 'attention.bin'],
	['none', 'no-attention.bin']
]) {
	const started = performance.now();
	const { info, bytes } = train.trainCheckpoint(kind === 'attention');
	writeFileSync(dir + file, bytes);
	summary[kind] = info;
	const correct = info.accuracy.reduce((n, g) => n + g.correct, 0);
	const total = info.accuracy.reduce((n, g) => n + g.total, 0);
	const seconds = ((performance.now() - started) / 1000).toFixed(0);
	console.log(
		`${file}: ${bytes.byteLength} bytes, test accuracy ${correct}/${total}, ${seconds} s`
	);
}
writeFileSync(dir + 'summary.json', JSON.stringify(summary) + '\n');
// The summary is committed, and the repository's prettier check covers it.
spawnSync('npx', ['prettier', '--write', dir + 'summary.json'], { stdio: 'inherit' });
