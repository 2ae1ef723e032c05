// scripts/test-browsers.mjs (npm run test:browsers) and scripts/stress.mjs (npm run test:stress),
// on two tiny browser tests in Chromium (test/fixtures/runner/*.fixture.ts, which the suite's own
// runs never pick up). A browser that never starts is simulated (NEWS_WIDGETS_SIMULATE_START_FAILURE:
// the first n attempts open about:blank, so "Browser tests did not start after 3000ms") and must
// be retried and reported; a failed assertion must never be retried.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { neverStarted } from '../../scripts/test-browsers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PASSES = 'test/fixtures/runner/passes.fixture.ts';
const FAILS = 'test/fixtures/runner/fails.fixture.ts';

function run(script, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join('scripts', script), ...args], {
      cwd: root,
      env: { ...process.env, NEWS_WIDGETS_SIMULATE_START_FAILURE: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code, output }));
  });
}

const retryLine = (file) =>
  `retried ${file} in chromium: tests did not start after 3000ms (infrastructure, not a test result)`;
const count = (text, part) => text.split(part).length - 1;

test('a file whose tests never started is a start failure; a failed or erroring file is not', () => {
  const file = (over) => ({ passed: false, tests: { passed: 0, failed: 0, skipped: 0 }, errors: [], ...over });
  const didNotStart = 'Browser tests did not start after 120000ms You can increase this timeout with the testsStartTimeout option.';
  assert.equal(neverStarted(file({ errors: [didNotStart] })), true);
  assert.equal(neverStarted(file({ errors: ['The browser was unable to create and start a test page after 60000ms. You can …'] })), true);
  assert.equal(neverStarted(file({ errors: ['Browser did not start: Failed to launch the browser process!'] })), true);
  assert.equal(neverStarted(file({ errors: [didNotStart, 'Timed out stopping the browser page'] })), true);
  // tests ran: a failed assertion, or anything else alongside the start error
  assert.equal(neverStarted(file({ errors: [didNotStart], tests: { passed: 0, failed: 1, skipped: 0 } })), false);
  assert.equal(neverStarted(file({ errors: [didNotStart], tests: { passed: 3, failed: 0, skipped: 0 } })), false);
  // an error thrown by test code (a failed import), or tests that started and hung
  assert.equal(neverStarted(file({ errors: ['Could not import your test module. Check the browser logs'] })), false);
  assert.equal(neverStarted(file({ errors: [didNotStart, 'TypeError: x is undefined'] })), false);
  assert.equal(neverStarted(file({ errors: ['Browser tests did not finish within 300000ms.'] })), false);
  assert.equal(neverStarted(file({ passed: true })), false);
});

// The runs of scripts/test-browsers.mjs side by side (each starts its own wtr and Chromium); the
// stress runs after them, alone, since their spinning processes take every core.
describe('scripts/test-browsers.mjs', { concurrency: true }, () => {
  test('a browser that does not start is retried once and reported; a failed assertion never is', async () => {
    const { code, output } = await run('test-browsers.mjs', ['--engine', 'chromium', PASSES, FAILS], {
      NEWS_WIDGETS_SIMULATE_START_FAILURE: '1',
    });
    // each file once, for the start failure of attempt 1 (as it happens, and in the summary)
    assert.equal(count(output, retryLine(PASSES)), 2, output);
    assert.equal(count(output, retryLine(FAILS)), 2, output);
    assert.match(output, /AssertionError: expected 2 to equal 3/, output);
    assert.match(
      output,
      /FAIL chromium: 1 passed, 1 failed, 0 skipped in 2 files, \d+s, 2 retries; failed: test\/fixtures\/runner\/fails\.fixture\.ts\n/,
      output,
    );
    assert.equal(code, 1, output);
  });

  test('a browser that never starts fails the run after two retries, saying so', async () => {
    const { code, output } = await run('test-browsers.mjs', ['--engine', 'chromium', PASSES], {
      NEWS_WIDGETS_SIMULATE_START_FAILURE: '9',
    });
    assert.equal(count(output, retryLine(PASSES)), 4, output); // two retries, each twice
    assert.match(output, /FAIL chromium: .*the browser never started for test\/fixtures\/runner\/passes\.fixture\.ts in 3 attempts/, output);
    assert.equal(code, 1, output);
  });
});

test('stress: runs under spinning processes, reports the run, and stops every spinner', async () => {
  const { code, output } = await run('stress.mjs', ['--engine', 'chromium', '--runs', '1', PASSES]);
  const pids = /busy-looping processes \(pids ([\d ]+)\)/.exec(output)?.[1].split(' ').map(Number);
  assert.ok(pids?.length >= 1, output);
  for (const pid of pids) assert.throws(() => process.kill(pid, 0), { code: 'ESRCH' }, `spinner ${pid} still runs`);
  assert.match(output, /PASS run 1\/1 chromium: 1 passed, 0 failed, 0 skipped in 1 files, \d+s, no retries/, output);
  assert.match(output, /\[stress\] passed 1 run in a row/, output);
  assert.equal(code, 0, output);
});

test('stress: stops at the first failed run and says which', async () => {
  const { code, output } = await run('stress.mjs', ['--engine', 'chromium', '--runs', '3', FAILS]);
  assert.match(output, /\[stress\] FAILED: run 1 of 3 failed in chromium/, output);
  assert.doesNotMatch(output, /run 2\/3/, output);
  assert.equal(code, 1, output);
});
