// The languages with words of their own, from the chunks themselves (dist/internal/messages/*.js,
// so run after `npm run build`): writes the table in docs/languages.md and the list the browser
// tests walk (test/fixtures/languages.json). `--check` changes nothing and exits 1 when either is
// out of date (npm test runs it through test/embedding/languages.test.mjs).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { OTHER_SCRIPTS_RATE, READING_RATES } from '../dist/internal/reading-time.js';
import { directionOf, scriptOf } from '../dist/util/language.js';

const DOC = 'docs/languages.md';
const FIXTURE = 'test/fixtures/languages.json';
const START = '<!-- languages:start (npm run languages) -->';
const END = '<!-- languages:end -->';

/** Languages whose words depend on the script or the region: the tags of each variant. */
const VARIANTS = { zh: ['zh-Hans', 'zh-Hant'], pt: ['pt-BR', 'pt-PT'], sr: ['sr-Cyrl', 'sr-Latn'] };
/** Scripts written without spaces between words, whose counts are characters. */
const CHARACTERS = new Set(['Hans', 'Hant', 'Jpan']);

export async function languages() {
  const codes = readdirSync('dist/internal/messages')
    .filter((file) => file.endsWith('.js'))
    .map((file) => file.slice(0, -3))
    .sort();
  const rows = [];
  for (const code of codes) {
    const { default: words } = await import(pathToFileURL(`dist/internal/messages/${code}.js`).href);
    for (const tag of VARIANTS[code] ?? [code]) {
      const locale = new Intl.Locale(tag).maximize();
      const own = typeof words === 'function' ? words(locale) : words;
      const script = scriptOf(tag);
      const rate = READING_RATES[script] ?? OTHER_SCRIPTS_RATE;
      // The library's digits: the words' own (`-u-nu-arab`…), else Latin.
      const digits = own.digits ? own.digits.replace('-u-nu-', '') : 'latn';
      rows.push({
        tag,
        alias: code === 'no',
        name: new Intl.DisplayNames('en', { type: 'language' }).of(tag),
        native: new Intl.DisplayNames(tag, { type: 'language' }).of(tag),
        by: own.by,
        trending: own.trending,
        digits,
        sample: new Intl.NumberFormat(`${tag}-u-nu-${digits}`, { useGrouping: false }).format(1234567890).slice(0, 3),
        dir: directionOf(tag),
        script,
        rate: `${rate} ${CHARACTERS.has(script) ? 'characters' : 'words'}/min`,
      });
    }
  }
  return rows;
}

const escape = (text) => text.replace(/\|/g, '\\|');

export function table(rows) {
  const lines = [
    '| Tag | Language | Byline lead-in | List heading | Digits | Direction | Script: reading rate |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of rows) {
    const name = row.alias ? `${row.name} (Bokmål’s words)` : `${row.name} · ${row.native}`;
    lines.push(`| \`${row.tag}\` | ${escape(name)} | ${escape(row.by)} | ${escape(row.trending)} | ${row.digits} (${row.sample}) | ${row.dir} | ${row.script}: ${row.rate} |`);
  }
  return lines.join('\n');
}

export function fixture(rows) {
  const tags = Object.fromEntries(rows.map((row) => [row.tag, { dir: row.dir, digits: row.digits }]));
  return `${JSON.stringify({ tags }, null, 2)}\n`;
}

export function updatedDoc(doc, rows) {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${DOC}: the markers ${START} … ${END} are missing`);
  return `${doc.slice(0, start + START.length)}\n${table(rows)}\n${doc.slice(end)}`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await languages();
  const doc = readFileSync(DOC, 'utf8');
  const wanted = { [DOC]: updatedDoc(doc, rows), [FIXTURE]: fixture(rows) };
  if (process.argv.includes('--check')) {
    const stale = Object.entries(wanted).filter(([file, text]) => {
      try {
        return readFileSync(file, 'utf8') !== text;
      } catch {
        return true;
      }
    });
    for (const [file] of stale) console.error(`${file} is out of date: run npm run languages`);
    process.exit(stale.length ? 1 : 0);
  }
  for (const [file, text] of Object.entries(wanted)) writeFileSync(file, text);
  console.log(`${rows.length} tags, ${new Set(rows.map((row) => row.tag.split('-')[0])).size} languages: ${DOC}, ${FIXTURE}`);
}
