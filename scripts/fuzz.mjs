// Long fuzzing run of the property tests (test/hardening/property.test.ts) in headless Chromium:
//
//   node scripts/fuzz.mjs [runs] [--seed N]      (npm run fuzz -- 20000 --seed 7)
//
// `runs` is the number of runs per component property (default 100,000; the parsers get five
// times as many). The seed is random unless given, and printed, so any failure can be replayed
// with `--seed`. It runs the project's own test-runner config (same server, same browser flags)
// with one file and the run count handed to the page as `globalThis.__NEWS_FUZZ__`, which the
// test reads (in `npm test` it is absent: 2,000 runs, seed 42).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestRunner } from '@web/test-runner';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

function parseArgs(argv) {
  const args = { runs: 100_000, seed: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--seed') args.seed = Number(argv[++i]);
    else if (arg.startsWith('--seed=')) args.seed = Number(arg.slice('--seed='.length));
    else if (/^\d[\d_,]*$/.test(arg)) args.runs = Number(arg.replace(/[_,]/g, ''));
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: node scripts/fuzz.mjs [runs per component, default 100000] [--seed N]');
      process.exit(0);
    } else {
      console.error(`fuzz: unknown argument ${arg}`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(args.runs) || args.runs < 1) {
    console.error('fuzz: runs must be a positive integer');
    process.exit(2);
  }
  args.seed ??= Math.floor(Math.random() * 2 ** 31);
  if (!Number.isInteger(args.seed)) {
    console.error('fuzz: --seed must be an integer');
    process.exit(2);
  }
  return args;
}

const { runs, seed } = parseArgs(process.argv.slice(2));
const { default: base } = await import(join(root, 'web-test-runner.config.mjs'));

const fuzz = JSON.stringify({ runs, seed });
console.log(`fuzz: ${runs} runs per component property (parsers: ${runs * 5}), seed ${seed}`);
console.log(`fuzz: replay with: node scripts/fuzz.mjs ${runs} --seed ${seed}`);

const started = Date.now();
const runner = await startTestRunner({
  readCliArgs: false,
  readFileConfig: false,
  autoExitProcess: false,
  config: {
    ...base,
    files: ['test/hardening/property.test.ts'],
    // Hours, not minutes: 100,000 renders per component take a while.
    testsFinishTimeout: 12 * 60 * 60 * 1000,
    testFramework: { ...base.testFramework, config: { ...(base.testFramework?.config ?? {}), timeout: 0 } },
    testRunnerHtml: (testFramework, config) =>
      base.testRunnerHtml(testFramework, config).replace('<head>', `<head><script>globalThis.__NEWS_FUZZ__ = ${fuzz};</script>`),
  },
});

if (!runner) process.exit(1);
runner.on('stopped', (passed) => {
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  console.log(`fuzz: ${passed ? 'passed' : 'FAILED'} after ${minutes} min (${runs} runs per component, seed ${seed})`);
  process.exit(passed ? 0 : 1);
});
