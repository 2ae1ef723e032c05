// Writes dist/cdn/integrity.json: the Subresource Integrity hash (sha384) of each CDN file, for
// `<script integrity="…" crossorigin="anonymous">` (see docs/embedding.md). Run by `npm run build`.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const dir = 'dist/cdn';
const hashes = {};
// The bundle and its chunks, and each language's words (messages/<code>.js).
const files = readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.js'));
for (const file of files.sort()) {
  hashes[file] = `sha384-${createHash('sha384').update(readFileSync(`${dir}/${file}`)).digest('base64')}`;
}
writeFileSync(`${dir}/integrity.json`, `${JSON.stringify(hashes, null, 2)}\n`);
for (const [file, hash] of Object.entries(hashes)) console.log(`${file}  ${hash}`);
