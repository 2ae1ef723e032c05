#!/usr/bin/env node
// The `news-widgets` command (docs/ssr.md): news-widgets render <widget> [--<attribute> <value> …]
import { readFileSync } from 'node:fs';
import { main } from '../dist/ssr/cli.js';

const args = process.argv.slice(2);
// Only `render` reads the data from stdin; --help and --version answer at once.
const stdin = args[0] === 'render' ? readFileSync(0, 'utf8') : '';
process.exitCode = await main(args, {
  stdin,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
