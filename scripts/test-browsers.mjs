// The browser suite in each engine, one after another (Chromium, Firefox, WebKit), with wtr and
// each engine's web-test-runner config. A test file whose browser or page never started (the
// browser did not launch, its page did not open, or the page's tests did not start in time) is an
// infrastructure fault, not a test result: it is run again, up to twice, and the retry is reported.
// A file with a failed assertion or an error thrown by test code is never run again.
//
//   node scripts/test-browsers.mjs                           every engine, every test file
//   node scripts/test-browsers.mjs --engine firefox          one engine (repeat, or a,b, for more)
//   node scripts/test-browsers.mjs test/byline/*.test.ts     some files (other wtr flags pass on)
//   node scripts/test-browsers.mjs --retries 0               no retries
//
// Exit code 0 only if every engine passed.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const WTR = join(root, 'node_modules', '@web', 'test-runner', 'dist', 'bin.js');

export const ENGINES = {
  chromium: 'web-test-runner.config.mjs',
  firefox: 'web-test-runner.firefox.config.mjs',
  webkit: 'web-test-runner.webkit.config.mjs',
};

/**
 * The errors of a file whose tests never ran because the browser or its page never started:
 * wtr's two start timeouts, and a launch or page-open failure, which the configs' launchers mark
 * with "Browser did not start" (markStartFailures in web-test-runner.config.mjs). A page whose
 * start timed out may then also fail to close in time.
 */
const START_FAILURE = [
  /^Browser tests did not start after \d+ms/,
  /^The browser was unable to create and start a test page after \d+ms/,
  /^Browser did not start: /,
];
const AFTER_START_FAILURE = [/^Timed out stopping the browser page/];

/**
 * Whether a file's result (as web-test-runner.config.mjs's results reporter writes it) says its
 * browser or page never started. No: it passed; any test ran (passed, failed or skipped); or any
 * error is something else, such as a failed import, an error thrown by test code, or tests that
 * started but did not finish.
 */
export function neverStarted(file) {
  if (file.passed) return false;
  const { passed, failed, skipped } = file.tests;
  if (passed + failed + skipped > 0) return false;
  if (!file.errors.some((message) => START_FAILURE.some((re) => re.test(message)))) return false;
  return file.errors.every((message) => [...START_FAILURE, ...AFTER_START_FAILURE].some((re) => re.test(message)));
}

/** The one-line reason for a retry, e.g. "tests did not start after 120000ms". */
function startFailureReason(file) {
  const message = file.errors.find((m) => START_FAILURE.some((re) => re.test(m))) ?? '';
  const timeout = /^Browser tests did not start after (\d+)ms/.exec(message);
  if (timeout) return `tests did not start after ${timeout[1]}ms`;
  const page = /^The browser was unable to create and start a test page after (\d+)ms/.exec(message);
  if (page) return `the browser did not open the test page within ${page[1]}ms`;
  return `the browser did not start (${message.replace(/^Browser did not start: /, '').split('\n')[0].slice(0, 200)})`;
}

let activeChild = null;
let interrupted = false;

/** Stops the wtr run in progress, if any (for Ctrl-C / SIGTERM of this script or its caller). */
export function stopActiveRun(signal = 'SIGTERM') {
  interrupted = true;
  if (activeChild && activeChild.exitCode === null && activeChild.signalCode === null) activeChild.kill(signal);
}

/** One wtr run of one engine's config: its exit code and the per-file results it wrote, if any. */
function runWtr(engine, files, wtrArgs, attempt, env) {
  const dir = mkdtempSync(join(tmpdir(), 'news-widgets-wtr-'));
  const resultsPath = join(dir, 'results.json');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [WTR, '--config', ENGINES[engine], ...wtrArgs, ...files], {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        ...env,
        NEWS_WIDGETS_WTR_RESULTS: resultsPath,
        NEWS_WIDGETS_WTR_ATTEMPT: String(attempt),
      },
    });
    activeChild = child;
    child.on('close', (code, signal) => {
      activeChild = null;
      let results = null;
      try {
        results = JSON.parse(readFileSync(resultsPath, 'utf8'));
      } catch {
        // wtr ended before any test file ran (for instance, its browser launcher never came up)
      }
      rmSync(dir, { recursive: true, force: true });
      resolve({ code: code ?? (signal ? 1 : 0), signal, results });
    });
  });
}

/**
 * Runs one engine: the files (globs, or the configs' own files when empty), then only the files
 * whose browser never started, up to `retries` more times. Returns its summary.
 */
export async function runEngine(engine, { files = [], wtrArgs = [], retries = 2, env = {}, log = console.log } = {}) {
  const started = Date.now();
  const final = new Map(); // test file -> its latest result
  const retried = [];
  let toRun = files;
  let attempt = 1;
  let lastCode = 0;
  let problem = null;
  for (;;) {
    const { code, results } = await runWtr(engine, toRun, wtrArgs, attempt, env);
    lastCode = code;
    if (interrupted) {
      problem = 'interrupted';
      break;
    }
    if (!results) {
      if (code === 0) break;
      if (attempt > retries) {
        problem = `wtr ended (exit code ${code}) before any test file ran, in ${attempt} attempts`;
        break;
      }
      const what = toRun.length ? toRun.join(' ') : 'every test file';
      const line = `retried ${what} in ${engine}: wtr ended (exit code ${code}) before any test file ran (infrastructure, not a test result)`;
      retried.push({ files: toRun, attempt, reason: line });
      log(line);
      attempt += 1;
      continue;
    }
    for (const file of results.files) final.set(file.testFile, file);
    const again = results.files.filter(neverStarted);
    if (again.length === 0 || attempt > retries) break;
    for (const file of again) {
      const line = `retried ${file.testFile} in ${engine}: ${startFailureReason(file)} (infrastructure, not a test result)`;
      retried.push({ files: [file.testFile], attempt, reason: line });
      log(line);
    }
    toRun = again.map((file) => file.testFile);
    attempt += 1;
  }

  const all = [...final.values()];
  const neverStartedFiles = all.filter(neverStarted).map((f) => f.testFile);
  const failedFiles = all.filter((f) => !f.passed && !neverStarted(f)).map((f) => f.testFile);
  const sum = (key) => all.reduce((n, f) => n + f.tests[key], 0);
  const summary = {
    engine,
    passed: sum('passed'),
    failed: sum('failed'),
    skipped: sum('skipped'),
    files: all.length,
    failedFiles,
    neverStartedFiles,
    retried,
    attempts: attempt,
    wallMs: Date.now() - started,
    problem,
    ok: false,
  };
  if (!problem && neverStartedFiles.length) {
    summary.problem = `the browser never started for ${neverStartedFiles.join(', ')} in ${attempt} attempts (infrastructure, not a test result)`;
  }
  if (!summary.problem && failedFiles.length === 0 && lastCode !== 0) {
    summary.problem = `wtr exited with code ${lastCode} though no test file failed`;
  }
  summary.ok = !summary.problem && failedFiles.length === 0;
  return summary;
}

export const formatMs = (ms) => {
  const s = Math.round(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
};

/** "firefox: 1047 passed, 0 failed, 5 skipped in 132 files, 3m12s, 1 retry" */
export function describe(summary) {
  const retries = summary.retried.length;
  return (
    `${summary.engine}: ${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped ` +
    `in ${summary.files} files, ${formatMs(summary.wallMs)}, ` +
    `${retries === 0 ? 'no retries' : `${retries} ${retries === 1 ? 'retry' : 'retries'}`}` +
    (summary.failedFiles.length ? `; failed: ${summary.failedFiles.join(', ')}` : '') +
    (summary.problem ? `; ${summary.problem}` : '')
  );
}

/** --engine X (repeatable, or X,Y), --retries N; everything else (files, wtr flags) passes to wtr. */
export function parseArgs(argv, extra = {}) {
  const engines = [];
  const rest = [];
  const options = { retries: 2 };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--engine' || flag === '--engines') engines.push(...value().split(','));
    else if (flag === '--retries') options.retries = Number(value());
    else if (flag in extra) options[extra[flag]] = value();
    else rest.push(arg);
  }
  for (const engine of engines) {
    if (!(engine in ENGINES)) throw new Error(`unknown engine "${engine}" (one of ${Object.keys(ENGINES).join(', ')})`);
  }
  if (!Number.isInteger(options.retries) || options.retries < 0) throw new Error('--retries takes a whole number');
  // Files are the arguments that are not flags and not a flag's value; wtr takes them last.
  const files = [];
  const wtrArgs = [];
  for (let i = 0; i < rest.length; i += 1) {
    if (rest[i].startsWith('-')) {
      wtrArgs.push(rest[i]);
      if (!rest[i].includes('=') && rest[i + 1] !== undefined && !rest[i + 1].startsWith('-') && !/\.(test\.)?[mc]?[jt]sx?$/.test(rest[i + 1]) && !rest[i + 1].includes('*')) {
        wtrArgs.push(rest[++i]);
      }
    } else files.push(rest[i]);
  }
  return { engines: engines.length ? [...new Set(engines)] : Object.keys(ENGINES), files, wtrArgs, ...options };
}

async function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`test-browsers: ${error.message}`);
    process.exit(2);
  }
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      stopActiveRun(signal);
      setTimeout(() => process.exit(signal === 'SIGINT' ? 130 : 143), 5000).unref();
    });
  }
  const summaries = [];
  for (const engine of args.engines) {
    const summary = await runEngine(engine, args);
    summaries.push(summary);
    console.log(`\n[test-browsers] ${describe(summary)}\n`);
    if (interrupted) break;
  }
  console.log('[test-browsers] summary');
  for (const summary of summaries) {
    console.log(`  ${summary.ok ? 'PASS' : 'FAIL'} ${describe(summary)}`);
    for (const retry of summary.retried) console.log(`       ${retry.reason}`);
  }
  const ok = !interrupted && summaries.length === args.engines.length && summaries.every((s) => s.ok);
  process.exitCode = interrupted ? 130 : ok ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
