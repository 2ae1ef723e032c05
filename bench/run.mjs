#!/usr/bin/env node
// `npm run bench` (node bench/run.mjs [--rounds N]): builds what it needs, measures bytes, first
// render, updates, a publisher page and memory in headless Chromium, side by side with the
// hand-written floor and the peers, and writes bench/results.json and the tables of
// docs/performance.md. First of all it checks that every floor renders what the library renders
// (bench/lib/equivalence.mjs): if one does not, it says what differs and exits with 1, having
// timed and written nothing. `node bench/run.mjs --check-floor` runs that check alone (~15 s). Every timed figure is the median of N runs (default 10) with min and max;
// the variants take turns within each round (in a rotating order), and every ratio is computed
// run by run within a round, so a slow moment on a shared machine hits both sides of a ratio.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import { launchChromium } from '../scripts/browser.mjs';
import { BUILD, buildPeers, ensureDist, peerVersions, writeBuild } from './lib/build.mjs';
import { checkFloors, describe, FLOORS } from './lib/equivalence.mjs';
import { startServer, VARIANTS } from './lib/pages.mjs';
import { writeDocs } from './lib/report.mjs';
import { pairedRatio, summary } from './lib/stats.mjs';
import { dataFiles, publisherPage, serverRequests, widgets } from './pages/publisher.mjs';
import { runBytes } from './suites/bytes.mjs';
import { publisherRun, serializeRendered } from './suites/publisher.mjs';
import { cardsRun, listRun } from './suites/render.mjs';

const COMMAND = 'npm run bench';
const argv = process.argv.slice(2);
const flag = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const ROUNDS = Number(flag('--rounds') ?? process.env.BENCH_ROUNDS ?? 10);
const CHECK_ONLY = argv.includes('--check-floor');
const CARDS = 1000;
const ITEMS = 100;
const started = Date.now();
const loadAtStart = loadavg();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const log = (...args) => console.log(`[bench ${elapsed()}]`, ...args);

/** Runs `fn`, once more if it fails (a shared machine can time a tab out); the second failure stops the bench. */
async function retry(label, fn, failures) {
  try {
    return await fn();
  } catch (error) {
    failures.push(`${label}: ${error.message.split('\n')[0]}`);
    log(`retrying ${label} (${error.message.split('\n')[0]})`);
    return fn();
  }
}

async function main() {
  process.chdir(new URL('..', import.meta.url).pathname);
  if (!(ROUNDS >= 1)) throw new Error('--rounds must be a positive number');

  // 1. Build: dist/ if missing, and a snapshot of dist/cdn so that a rebuild during the run (other
  // work in the same checkout) cannot change or remove what the pages load.
  const built = ensureDist();
  rmSync(BUILD, { recursive: true, force: true });
  mkdirSync(BUILD, { recursive: true });
  cpSync('dist/cdn', `${BUILD}/cdn`, { recursive: true, filter: (f) => !f.endsWith('.map') });
  const server = await startServer();
  const browser = await launchChromium();
  const failures = [];
  try {
    const origin = server.url;

    // 2. The floors' claim, before anything is timed: each floor renders what the library renders
    // (same composed tree, same boxes). A ratio against a floor that renders something else is
    // not a ratio against the floor, so the bench stops here and writes nothing.
    const check = await checkFloors(browser, origin);
    const report = describe(check);
    if (!check.ok) {
      console.error(`[bench ${elapsed()}] the floor does not render what news-widgets renders:\n${report}`);
      console.error(
        `bench: refusing to measure against a floor that is not equivalent; nothing was timed, bench/results.json and docs/performance.md are unchanged.\n` +
          `       Make bench/floor/ render what the components render (the library's stylesheets are adopted as they are), then check with \`node bench/run.mjs --check-floor\`.`,
      );
      process.exitCode = 1;
      return;
    }
    log(`floor equivalent (elements, attributes, text, layout):\n${report}`);
    if (CHECK_ONLY) return;
    const { of: _, ...equivalence } = check.floors.floor; // the floor the ratios are against

    // 3. The peers, the bytes, the data and the publisher pages.
    const versions = { 'news-widgets': JSON.parse(readFileSync('package.json', 'utf8')).version, ...peerVersions() };
    await buildPeers();
    for (const [path, text] of Object.entries(dataFiles())) writeBuild(path, text);
    log(`built${built ? ' dist/ and' : ''} the peers`);

    const bytes = await runBytes(`${BUILD}/cdn`);
    log(`bytes: module bundle ${bytes.target.actual} B gzip`);

    const cdn = `/${BUILD}/cdn/news-widgets.js`;
    const iife = `/${BUILD}/cdn/news-widgets.iife.js`;
    // The server-rendered page's fragments, from dist/ssr as `news-widgets render` makes them.
    const fragmentsFor = (ws) => JSON.parse(execFileSync(process.execPath, ['bench/lib/server-fragments.mjs'], { input: JSON.stringify(serverRequests(ws)), encoding: 'utf8', maxBuffer: 64 << 20 }));
    const fragments = fragmentsFor(widgets());
    // Each embedding docs/embedding.md shows: how the data travels × how the library is loaded.
    const PUBLISHER = {
      static: { label: 'static HTML, declarative shadow DOM (floor)', url: `/${BUILD}/publisher-static.html` },
      server: { label: 'server-rendered fragments (news-widgets/ssr), module script', url: '/bench/publisher-server.html', page: publisherPage('server', { cdn, fragments }) },
      blocking: { label: 'inline JSON, module script with `blocking="render"` (recommended first)', url: '/bench/publisher-inline-blocking.html', page: publisherPage('inline', { cdn, script: 'blocking' }) },
      inline: { label: 'inline JSON, module script without `blocking`', url: '/bench/publisher-inline.html', page: publisherPage('inline', { cdn }) },
      classic: { label: 'inline JSON, classic script (`defer`)', url: '/bench/publisher-classic.html', page: publisherPage('inline', { iife, script: 'classic' }) },
      jsonld: { label: 'JSON-LD, module script and readers chunk with `blocking="render"`', url: '/bench/publisher-jsonld.html', page: publisherPage('jsonld', { cdn, script: 'blocking', readers: true }) },
      property: { label: 'properties set by a page script, both scripts with `blocking="render"`', url: '/bench/publisher-property.html', page: publisherPage('property', { cdn, script: 'blocking' }) },
      src: { label: '`src` (20 fetches), module script with `blocking="render"`', url: '/bench/publisher-src.html', page: publisherPage('src', { cdn, script: 'blocking' }) },
      rss: { label: 'RSS by `src` for the list, inline JSON for the rest, `blocking="render"`', url: '/bench/publisher-rss.html', page: publisherPage('rss', { cdn, script: 'blocking' }) },
    };
    server.addPages(Object.fromEntries(Object.values(PUBLISHER).filter((p) => p.page).map((p) => [p.url, p.page])));
    const weight = pageWeight(fragmentsFor, cdn);
    log(`page weight per extra card: server-rendered ${weight.perCard.server.gzip} B gzip, inline JSON ${weight.perCard.inline.gzip} B gzip`);
    const chromium = await browser.version();

    // The publisher page's floor: the inline page as rendered, frozen into static HTML.
    writeBuild('publisher-static.html', publisherPage('static', { body: await serializeRendered(browser, `${origin}${PUBLISHER.inline.url}`) }));

    const keys = Object.keys(VARIANTS);
    const pubKeys = Object.keys(PUBLISHER);
    const runs = { cards: {}, list: {}, publisher: {} };
    for (const k of keys) runs.cards[k] = [];
    for (const k of keys) runs.list[k] = [];
    for (const k of pubKeys) runs.publisher[k] = [];
    const rotate = (list, r) => list.map((_, i) => list[(i + r) % list.length]);

    for (let r = 0; r < ROUNDS; r++) {
      for (const key of rotate(keys, r)) runs.cards[key][r] = await retry(`cards/${key}`, () => cardsRun(browser, origin, key, CARDS), failures);
      for (const key of rotate(keys, r)) runs.list[key][r] = await retry(`list/${key}`, () => listRun(browser, origin, key, ITEMS), failures);
      for (const key of rotate(pubKeys, r)) runs.publisher[key][r] = await retry(`publisher/${key}`, () => publisherRun(browser, `${origin}${PUBLISHER[key].url}`, { server: key === 'server' }), failures);
      const c = runs.cards;
      log(`round ${r + 1}/${ROUNDS}: 1,000 cards ${keys.map((k) => `${k} ${c[k][r].ms.toFixed(0)} ms`).join(', ')}`);
    }

    const results = aggregate({ runs, keys, pubKeys, PUBLISHER });
    const output = {
      command: COMMAND,
      generated: new Date().toISOString(),
      durationSeconds: Math.round((Date.now() - started) / 1000),
      rounds: ROUNDS,
      // The 1-, 5- and 15-minute load averages when the run started and ended: how shared the machine was.
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, chromium, loadAverage: { start: loadAtStart, end: loadavg() } },
      versions,
      variants: Object.fromEntries(keys.map((k) => [k, VARIANTS[k].label])),
      bytes,
      equivalence,
      ...results,
      pageWeight: weight,
      failures,
    };
    output.targets = targets(output);
    // The rule, once more where it matters: no figures against a floor that is not equivalent.
    if (!FLOORS.every(({ key }) => Object.entries(check.floors[key]).every(([k, e]) => k === 'of' || e.equivalent))) throw new Error('bench: a floor is not equivalent; not writing results');
    writeFileSync('bench/results.json', `${JSON.stringify(output, null, 2)}\n`);
    writeDocs('docs/performance.md', output);
    log(`wrote bench/results.json and docs/performance.md in ${output.durationSeconds} s`);
    for (const t of output.targets) log(`${t.met ? 'met    ' : 'NOT MET'}  ${t.name}: ${t.measured}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

function aggregate({ runs, keys, pubKeys, PUBLISHER }) {
  const pick = (list, get) => list.map((run) => (run ? get(run) : undefined));
  const render = {};
  for (const [scenario, get] of [
    ['cards', (run) => run],
    ['list', (run) => run.list],
  ]) {
    const per = {};
    for (const key of keys) {
      const list = runs[scenario][key];
      per[key] = {
        ms: summary(pick(list, (run) => get(run).ms)),
        scriptMs: summary(pick(list, (run) => get(run).scriptMs)),
        vsFloor: pairedRatio(pick(list, (run) => get(run).ms), pick(runs[scenario].floor, (run) => get(run).ms)),
        oursVsThis: key === 'ours' ? undefined : pairedRatio(pick(runs[scenario].ours, (run) => get(run).ms), pick(list, (run) => get(run).ms)),
        complete: get(list[0]).counts ?? get(list[0]).complete,
      };
    }
    render[scenario] = per;
  }

  const update = { list: {}, card: {} };
  for (const scenario of ['list', 'card']) {
    const field = scenario === 'list' ? 'update' : 'card';
    for (const key of keys) {
      const list = runs.list[key].map((run) => run?.[field]).filter(Boolean);
      if (!list.length) continue;
      update[scenario][key] = {
        ms: summary(list.map((u) => u.ms)),
        mutations: summary(list.map((u) => u.mutations)),
        records: list[0].records,
        applied: list.every((u) => u.applied !== false),
        vsFloor: pairedRatio(
          runs.list[key].map((run) => run?.[field]?.ms),
          runs.list.floor.map((run) => run?.[field]?.ms),
        ),
      };
    }
  }

  const memory = {};
  for (const key of keys) {
    const list = runs.cards[key].map((run) => run.memory);
    const total = (m) => m.js + m.dom;
    memory[key] = {
      js: summary(list.map((m) => m.js)),
      dom: summary(list.map((m) => m.dom)),
      total: summary(list.map(total)),
      vsFloor: pairedRatio(list.map(total), runs.cards.floor.map((run) => total(run.memory))),
      retainedJs: summary(list.map((m) => m.retainedJs)),
      retainedDom: summary(list.map((m) => m.retainedDom)),
      liveAfter: Object.fromEntries(
        Object.keys(list[0].liveAfter)
          .filter((name) => name !== 'byName')
          .map((name) => [name, summary(list.map((m) => m.liveAfter[name] - (m.liveBefore[name] ?? 0)))]),
      ),
      liveAfterAbsolute: Object.fromEntries(Object.keys(list[0].liveAfter).filter((n) => n.includes('-')).map((name) => [name, summary(list.map((m) => m.liveAfter[name]))])),
      extraElements: list.map((m) => m.extraElements),
    };
  }

  const publisher = {};
  for (const key of pubKeys) {
    const list = runs.publisher[key];
    publisher[key] = {
      label: PUBLISHER[key].label,
      ms: summary(list.map((p) => p.ms)),
      vsStatic: pairedRatio(list.map((p) => p.ms), runs.publisher.static.map((p) => p.ms)),
      cls: summary(list.map((p) => p.cls)),
      runsWithShift: list.filter((p) => p.cls > 0).length,
      fcp: summary(list.map((p) => p.fcp)),
      fcpVsStatic: pairedRatio(list.map((p) => p.fcp), runs.publisher.static.map((p) => p.fcp)),
      pickedUp: key === 'server' ? summary(list.map((p) => p.pickedUp)) : undefined,
      shadowRoots: list[0].shadowRoots,
      allReady: list.every((p) => !p.states || p.states.every((s) => s === 'ready')),
      worstShifts: [...list].sort((a, b) => b.cls - a.cls)[0].shifts.slice(0, 6),
    };
  }
  return { render, update, memory, publisher };
}

const clsOf = (p, rounds) => `${p.cls.median.toFixed(3)} [${p.cls.min.toFixed(3)}–${p.cls.max.toFixed(3)}], shifted in ${p.runsWithShift}/${rounds} runs`;

/**
 * Bytes of the publisher page's HTML as the server sends it (raw, gzip -9, brotli 11), and what
 * each related card adds to it: the page with 10 more cards, less the page, over 10 — for
 * server-rendered fragments (each carries its shadow root's CSS and its data) and for inline JSON.
 */
function pageWeight(fragmentsFor, cdn) {
  const measure = (html) => ({
    raw: Buffer.byteLength(html),
    gzip: gzipSync(html, { level: 9 }).length,
    brotli: brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  });
  const EXTRA = 10;
  const pages = {};
  for (const related of [15, 15 + EXTRA]) {
    const ws = widgets(related);
    pages[related] = {
      server: measure(publisherPage('server', { cdn, ws, fragments: fragmentsFor(ws) })),
      inline: measure(publisherPage('inline', { cdn, ws })),
    };
  }
  const per = (kind) => Object.fromEntries(['raw', 'gzip', 'brotli'].map((k) => [k, Math.round((pages[15 + EXTRA][kind][k] - pages[15][kind][k]) / EXTRA)]));
  return { page: pages[15], perCard: { server: per('server'), inline: per('inline') }, extraCards: EXTRA };
}

function targets(o) {
  const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;
  const bytes = (b) => `${b.toLocaleString('en-US')} B`;
  const x = (s) => `${s.median.toFixed(2)}× [${s.min.toFixed(2)}–${s.max.toFixed(2)}]`;
  const m = (s) => (s.min === s.max ? String(s.median) : `${s.median} [${s.min}–${s.max}]`);
  const list = [
    {
      name: 'module bundle ≤ 16 KB (16,384 B) gzip',
      measured: `${bytes(o.bytes.target.actual)} = ${kib(o.bytes.target.actual)} gzip (${o.bytes.target.over > 0 ? `${bytes(o.bytes.target.over)} over` : `${bytes(-o.bytes.target.over)} under`} ${bytes(o.bytes.target.gzip)})`,
      met: o.bytes.target.met,
    },
    { name: 'first render of 1,000 cards ≤ 1.3× the floor', measured: x(o.render.cards.ours.vsFloor), met: o.render.cards.ours.vsFloor.median <= 1.3 },
    { name: 'first render of a 100-item list ≤ 1.3× the floor', measured: x(o.render.list.ours.vsFloor), met: o.render.list.ours.vsFloor.median <= 1.3 },
    { name: '1 mutation per changed field: one headline in a 100-item list', measured: `${m(o.update.list.ours.mutations)} mutation(s)`, met: o.update.list.ours.mutations.max === 1 },
    { name: '1 mutation per changed field: one card headline', measured: `${m(o.update.card.ours.mutations)} mutation(s)`, met: o.update.card.ours.mutations.max === 1 },
    { name: 'CLS 0 with server-rendered fragments, through pick-up', measured: clsOf(o.publisher.server, o.rounds), met: o.publisher.server.cls.max === 0 },
    { name: 'server-rendered page rendered at ≤ 1.1× the static floor', measured: x(o.publisher.server.vsStatic), met: o.publisher.server.vsStatic.median <= 1.1 },
    { name: 'server-rendered page first contentful paint ≤ 1.1× the static floor', measured: x(o.publisher.server.fcpVsStatic), met: o.publisher.server.fcpVsStatic.median <= 1.1 },
    { name: 'CLS 0 with the embedding docs/embedding.md recommends first (inline JSON, module script with `blocking="render"`)', measured: clsOf(o.publisher.blocking, o.rounds), met: o.publisher.blocking.cls.max === 0 },
    {
      name: 'nothing retained after removing 1,000 cards',
      measured: `${Object.entries(o.memory.ours.liveAfterAbsolute).map(([k, s]) => `${s.max} ${k}`).join(', ')} alive; heap ${(o.memory.ours.retainedJs.median / 1024).toFixed(0)} KiB JS + ${(o.memory.ours.retainedDom.median / 1024).toFixed(0)} KiB DOM above the baseline`,
      met: Object.values(o.memory.ours.liveAfterAbsolute).every((s) => s.max === 0),
    },
  ];
  return list;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
