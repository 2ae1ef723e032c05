// The `news-widgets` command, for CMSs that are not written in Node (WordPress, Drupal, static
// site generators): `news-widgets render <widget> [--<attribute> <value> …] [--base-url <url>]`
// reads the data on stdin and writes the fragment to stdout (docs/ssr.md).
import type { XmlParser } from '../article/types.js';
import { renderWidget, VERSION, WIDGETS, type RenderOptions } from './index.js';

const USAGE = `usage: news-widgets render <${Object.keys(WIDGETS).join('|')}> [--<attribute> <value> …] [--base-url <url>]
                          [--fallback <html>] [--now <date>]
       news-widgets --version

Reads the data (JSON, JSON-LD, JSON Feed, or RSS / Atom for the trending list) on stdin and writes
the widget's HTML fragment to stdout. Every attribute of the element is a flag of the same name
(--lang da --time-zone Europe/Copenhagen --date-format "MMM.dd - yyyy hh:mm a 'CET'" --thumbnails).
Exit status: 0 rendered; 2 the data cannot be used (the reasons, with JSON paths, on stderr; the
fragment shows the error state or --fallback); 1 a usage error.`;

export interface Streams {
  stdin: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Runs the command with `args` (what follows `news-widgets`); resolves to the exit status. */
export async function main(args: string[], io: Streams): Promise<number> {
  if (args[0] === '--version' || args[0] === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (args[0] === '--help' || args[0] === '-h') {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const [command, widget, ...flags] = args;
  if (command !== 'render' || !widget || !Object.hasOwn(WIDGETS, widget.replace(/^news-/, ''))) {
    io.stderr(`${command === 'render' && widget ? `news-widgets: unknown widget "${widget}"\n` : ''}${USAGE}\n`);
    return 1;
  }
  const options: RenderOptions & { attributes: Record<string, string | boolean> } = { attributes: {} };
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i]!;
    const name = /^--([a-z][a-z\d-]*)$/.exec(flag)?.[1];
    if (!name) {
      io.stderr(`news-widgets: "${flag}" is not a flag\n${USAGE}\n`);
      return 1;
    }
    // A flag followed by another flag (or by nothing) is a boolean attribute: --thumbnails.
    const value = flags[i + 1] !== undefined && !/^--[a-z]/.test(flags[i + 1]!) ? flags[++i]! : true;
    if (name === 'base-url') options.baseUrl = String(value);
    else if (name === 'fallback') options.fallback = String(value);
    else if (name === 'now') {
      options.now = Date.parse(String(value));
      if (Number.isNaN(options.now)) {
        io.stderr(`news-widgets: --now "${String(value)}" is not a date (e.g. 2024-07-11T12:00:00Z)\n`);
        return 1;
      }
    }
    else options.attributes[name] = value;
  }
  const text = io.stdin.replace(/^\uFEFF/, '').trim();
  let data: unknown = io.stdin;
  let invalid: string | undefined;
  if (text.startsWith('<')) {
    options.xmlParser = await xmlParser();
    if (!options.xmlParser) invalid = '$: RSS and Atom need an XML parser in Node: npm install @xmldom/xmldom beside news-widgets';
  } else {
    try {
      data = JSON.parse(text);
    } catch (error) {
      invalid = `$: is not valid JSON (${(error as Error).message})`;
      data = undefined;
    }
  }
  const result = await renderWidget(widget, data, options);
  io.stdout(`${result.html}\n`);
  for (const issue of invalid && !result.ok ? [invalid] : result.errors.map((e) => `${e.path}: ${e.message}`)) io.stderr(`${issue}\n`);
  for (const issue of result.warnings) io.stderr(`warning: ${issue.path}: ${issue.message}\n`);
  return result.ok ? 0 : 2;
}

/** @xmldom/xmldom's DOMParser when it is installed beside the package (RSS and Atom need one in Node). */
async function xmlParser(): Promise<XmlParser | undefined> {
  try {
    const { DOMParser } = (await import('@xmldom/xmldom' as string)) as { DOMParser: new () => XmlParser };
    return new DOMParser();
  } catch {
    return undefined;
  }
}
