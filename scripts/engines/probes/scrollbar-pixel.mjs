// Probe (not part of the suite): WebKitGTK's WebDriver screenshots of a page whose root has
// `overflow-y: scroll` have the viewport's top-left pixel darkened (blue 255 → 217, white → 217
// grey), where no scrollbar belongs; the page's right edge shows no scrollbar. The isolation
// suite's bulma page has that rule, so no widget there may sit on the viewport's first pixel.
//   node scripts/engines/probes/scrollbar-pixel.mjs
import { PNG } from 'pngjs';
import { launchWebKit } from '../webdriver-page.mjs';
import { serveStatic } from '../../static-server.mjs';

const page = (style) =>
  `<!doctype html><html><head><style>${style}</style></head><body style="margin:0">` +
  `<div id="a" style="position:absolute;left:0;top:0;width:200px;height:100px;background:#00f"></div>` +
  `<div id="b" style="position:absolute;left:300px;top:0;width:200px;height:100px;background:#00f"></div></body></html>`;
const server = await serveStatic('.', { pages: { '/plain.html': page(''), '/scroll.html': page('html { overflow-y: scroll }') } });
const browser = await launchWebKit({ screen: '1400x1800x24' });
try {
  for (const name of ['plain', 'scroll']) {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 1100, height: 1600 });
    await tab.goto(`${server.url}/${name}.html`);
    for (const selector of ['#a', '#b']) {
      const png = PNG.sync.read(await (await tab.$(selector)).screenshot());
      const odd = [];
      for (let i = 0; i < png.data.length; i += 4) {
        const rgb = [...png.data.subarray(i, i + 3)].join(',');
        if (rgb !== '0,0,255') odd.push(`(${(i / 4) % png.width},${Math.floor(i / 4 / png.width)}) ${rgb}`);
      }
      console.log(`${name} ${selector}: ${odd.length} pixels not blue ${odd.slice(0, 4).join(' ')}`);
    }
    await tab.close();
  }
} finally {
  await browser.close();
  await server.close();
}
