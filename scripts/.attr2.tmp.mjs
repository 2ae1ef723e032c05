import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
const file = process.argv[2];
const code = readFileSync(file, 'utf8');
const map = new SourceMapConsumer(JSON.parse(readFileSync(file + '.map', 'utf8')));
const lines = code.split('\n');
const segs = []; map.eachMapping((m) => segs.push(m));
segs.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
const by = {};
for (let i = 0; i < segs.length; i++) {
  const s = segs[i], n = segs[i + 1];
  const line = lines[s.generatedLine - 1];
  const end = n && n.generatedLine === s.generatedLine ? n.generatedColumn : line.length;
  const k = (s.source || '?').replace(/.*node_modules\//, 'nm/').replace(/.*\/src\//, 'src/');
  (by[k] ??= []).push(line.slice(s.generatedColumn, end));
}
const total = gzipSync(code, { level: 9 }).length;
const rows = Object.entries(by).map(([k, parts]) => {
  const without = Object.entries(by).filter(([kk]) => kk !== k).map(([, p]) => p.join('')).join('');
  return [k, parts.join('').length, total - gzipSync(without, { level: 9 }).length];
}).sort((a, b) => b[2] - a[2]);
let sum = 0;
for (const [k, min, gz] of rows) { sum += gz; console.log(String(min).padStart(6), String(gz).padStart(6), k); }
console.log('total gz', total, 'sum of marginal', sum);
