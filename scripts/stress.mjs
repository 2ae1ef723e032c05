// The browser suite on a busy machine: while one busy-looping process per core
// (os.availableParallelism()) competes for every CPU at normal priority, runs the suite in each
// engine (scripts/test-browsers.mjs, with its retries of browsers that never started), and must
// pass --runs times in a row (3 by default). Stops at the first failed run and says which.
//
//   npm run test:stress                                        every engine, 3 runs
//   npm run test:stress -- --engine firefox --runs 1 test/internal/*.test.ts
//
// The spinning processes are killed at the end, on failure, on Ctrl-C and on SIGTERM; each also
// exits by itself if this script dies without killing it.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { describe, formatMs, parseArgs, runEngine, stopActiveRun } from './test-browsers.mjs';

let args;
try {
  args = parseArgs(process.argv.slice(2), { '--runs': 'runs', '--spinners': 'spinners' });
} catch (error) {
  console.error(`stress: ${error.message}`);
  process.exit(2);
}
const runs = Number(args.runs ?? 3);
const spinnerCount = Number(args.spinners ?? availableParallelism());
if (!Number.isInteger(runs) || runs < 1) {
  console.error('stress: --runs takes a whole number from 1');
  process.exit(2);
}

// A plain busy loop at the default priority; every ~10^8 iterations it checks that this script is
// still alive, and exits if not (so a SIGKILLed stress run leaves nothing spinning).
const SPIN = `const parent = ${process.pid}; for (let i = 1; ; i++) { if (i % 1e8 === 0) { try { process.kill(parent, 0); } catch { process.exit(0); } } }`;
const spinners = [];
const killSpinners = () => {
  for (const child of spinners) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
};
process.on('exit', killSpinners);
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`\n[stress] ${signal}: stopping the test run and the ${spinners.length} spinning processes`);
    killSpinners();
    stopActiveRun(signal);
    setTimeout(() => process.exit(signal === 'SIGINT' ? 130 : 143), 5000).unref();
  });
}

for (let i = 0; i < spinnerCount; i += 1) {
  spinners.push(spawn(process.execPath, ['-e', SPIN], { stdio: 'ignore' }));
}
console.log(
  `[stress] ${spinners.length} busy-looping processes (pids ${spinners.map((c) => c.pid).join(' ')}) on ` +
    `${availableParallelism()} cores; ${runs} run${runs === 1 ? '' : 's'} of ${args.engines.join(', ')}` +
    (args.files.length ? ` on ${args.files.length} file argument(s)` : ''),
);

const started = Date.now();
const results = [];
let failure = null;
outer: for (let run = 1; run <= runs; run += 1) {
  for (const engine of args.engines) {
    console.log(`\n[stress] run ${run}/${runs}, ${engine}, under load`);
    const summary = await runEngine(engine, { ...args, log: (line) => console.log(`[stress] ${line}`) });
    results.push({ run, summary });
    console.log(`\n[stress] run ${run}/${runs} ${describe(summary)}`);
    if (stopping) {
      failure = `interrupted in run ${run} of ${runs} (${engine})`;
      break outer;
    }
    if (!summary.ok) {
      failure = `run ${run} of ${runs} failed in ${engine}`;
      break outer;
    }
  }
}

killSpinners();
await Promise.all(
  spinners.map((child) => (child.exitCode === null && child.signalCode === null ? new Promise((r) => child.once('exit', r)) : null)),
);
console.log(`\n[stress] summary (${spinners.length} spinning processes, all stopped; ${formatMs(Date.now() - started)} in all)`);
for (const { run, summary } of results) {
  console.log(`  ${summary.ok ? 'PASS' : 'FAIL'} run ${run}/${runs} ${describe(summary)}`);
  for (const retry of summary.retried) console.log(`       ${retry.reason}`);
}
console.log(failure ? `[stress] FAILED: ${failure}` : `[stress] passed ${runs} run${runs === 1 ? '' : 's'} in a row`);
process.exitCode = failure ? (stopping ? 130 : 1) : 0;
