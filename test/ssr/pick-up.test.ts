// Server-rendered widgets in the browser (docs/ssr.md): fragments from the built renderer paint
// final before any script, and the CDN bundle — arriving file by file through a gate — takes them
// over without changing anything a reader can see: no DOM change at any step (so no painted frame
// differs: no loading look, no Intl date before the pattern chunk, no English before the words),
// no console output, the same composed tree and boxes as a client-only render. In English, in
// German (words on demand) and in Arabic (right to left); with bad data, another version's
// fragment, JavaScript off, and a fragment inserted with innerHTML.
import { expect } from '@open-wc/testing';
import { boxes, composed, newGate, openGate, openPage, page, pickedUp, readerText, render, requested, takenOver, until, watch, widgets, type Frame, type RenderRequest } from './support.js';

const HOUSE = { 'lead-in': 'Written by', 'time-zone': 'Europe/Copenhagen', 'date-format': "MMM.dd - yyyy hh:mm a 'CET'" };
const SEED = { file: 'seed-article.json', baseUrl: '/test/fixtures/seed-article.json' };
const FEED = { file: 'trending-feed.json', baseUrl: '/test/fixtures/trending-feed.json' };

/** The four widgets in one language, as a publisher's page would carry them. */
function pageOf(lang: string, zone: string): RenderRequest[] {
  const attributes = lang === 'en' ? HOUSE : { lang, 'time-zone': zone, 'date-format': 'dd.MM.yyyy HH:mm' };
  return [
    { widget: 'byline', file: SEED.file, options: { baseUrl: SEED.baseUrl, attributes } },
    { widget: 'photo-credit', file: SEED.file, options: { baseUrl: SEED.baseUrl, attributes: { lang, loading: 'eager' } } },
    { widget: 'article-card', file: SEED.file, options: { baseUrl: SEED.baseUrl, attributes: { ...attributes, layout: 'horizontal', loading: 'eager' } } },
    { widget: 'trending-list', file: FEED.file, options: { baseUrl: FEED.baseUrl, attributes: { ...attributes, lang, 'time-zone': zone, relative: 'never', max: '4', thumbnails: true } } },
  ];
}

async function fragments(requests: RenderRequest[]): Promise<string> {
  const rendered = await Promise.all(requests.map(render));
  for (const [i, r] of rendered.entries()) expect(r.ok, `${requests[i]!.widget}: ${JSON.stringify(r.errors)}`).to.equal(true);
  return rendered.map((r) => `<div class="slot">${r.html}</div>`).join('\n');
}

/** The fragments' page with its bundle held back; resolves once the page is parsed. */
async function serverPage(requests: RenderRequest[], lang = 'en'): Promise<Frame & { gate: string }> {
  const gate = newGate();
  const frame = await openPage(page(await fragments(requests), { gate }, lang));
  return { ...frame, gate };
}

/** The same widgets rendered by the bundle alone, from the data as published (no server step). */
async function clientPage(requests: RenderRequest[], lang = 'en'): Promise<Frame> {
  const body = await Promise.all(
    requests.map(async ({ widget, file, options = {} }) => {
      const attributes = Object.entries(options.attributes ?? {})
        .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${String(v).replace(/"/g, '&quot;')}"`))
        .join('');
      // The server wrote the data's language on elements that were given none, and UTC as the zone.
      const withLang = options.attributes?.['lang'] ? attributes : `${attributes} lang="en"`;
      const zone = ['byline', 'article-card', 'trending-list'].includes(widget) && !options.attributes?.['time-zone'] ? ' time-zone="UTC"' : '';
      // The data as published, from its address (relative URLs in it resolve against that).
      return `<div class="slot"><news-${widget} src="/test/fixtures/${file}"${withLang}${zone}></news-${widget}></div>`;
    }),
  );
  const gate = newGate();
  await openGate(gate);
  const frame = await openPage(page(body.join('\n'), { gate }, lang));
  await pickedUp(frame);
  return frame;
}

const hosts = (frame: Frame) => Array.from(frame.doc.querySelectorAll<HTMLElement>('.slot > *'));

/**
 * Opens the bundle's files one at a time in the order of `hold` (the rest last), checking before
 * each that it was asked for and that nothing a reader sees has changed meanwhile.
 */
async function pickUpStepByStep(frame: Frame & { gate: string }, hold: string[]): Promise<string[]> {
  const changes = watch(frame.doc);
  expect(frame.win.customElements.get('news-byline'), 'no script has run yet').to.equal(undefined);
  await openGate(frame.gate, 'news-widgets.js');
  await until(() => frame.win.customElements.get('news-byline'), 'the bundle to define its tags');
  for (const chunk of hold) {
    // Each held chunk is asked for, and while it is on its way the server's DOM stays as it was.
    await until(async () => (await requested(frame.gate)).includes(chunk), `${chunk} to be asked for`);
    await new Promise((r) => setTimeout(r, 0));
    expect(changes(), `before ${chunk} arrived`).to.deep.equal([]);
    if (chunk.endsWith('pick-up.js')) expect(widgets(frame.doc).filter(takenOver).map((el) => el.localName), 'taken over without the pick-up chunk').to.deep.equal([]);
    await openGate(frame.gate, chunk);
  }
  await openGate(frame.gate);
  await pickedUp(frame);
  return changes();
}

for (const [lang, zone, chunks] of [
  ['en', 'Europe/Copenhagen', ['news-widgets-pick-up.js', 'news-widgets-pattern.js']],
  ['de', 'Europe/Berlin', ['messages/de.js', 'news-widgets-pick-up.js', 'news-widgets-pattern.js']],
  ['ar', 'Asia/Riyadh', ['messages/ar.js', 'news-widgets-pattern.js', 'news-widgets-pick-up.js']],
] as const) {
  describe(`server-rendered widgets, ${lang}`, function () {
    // Several pages per test, each loading the bundle and images: more than the default 10 s on a busy machine.
    this.timeout(30000);
    const requests = pageOf(lang, zone);

    it('paint from the declarative shadow DOM before any script, and read whole', async () => {
      const frame = await serverPage(requests, lang);
      expect(frame.win.customElements.get('news-article-card')).to.equal(undefined);
      for (const host of hosts(frame)) {
        expect(host.shadowRoot, `${host.localName} has its shadow root from the HTML`).to.not.equal(null);
        expect(readerText(host).length, host.localName).to.be.greaterThan(10);
      }
      const [byline, credit, card, list] = hosts(frame) as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
      if (lang === 'en') {
        expect(readerText(byline)).to.equal('Written by Kathrine Frich · Jul.11 - 2024 10:15 AM CET');
        expect(readerText(credit)).to.include('Photo: Shutterstock');
      } else if (lang === 'de') {
        expect(readerText(byline)).to.equal('Von Kathrine Frich · 11.07.2024 10:15');
        expect(readerText(credit)).to.include('Foto: Shutterstock');
      } else {
        expect(list.shadowRoot!.querySelector('[part=base]')!.getAttribute('dir')).to.equal('rtl');
        expect(readerText(list)).to.include('11.07.2024 11:15');
        expect(readerText(byline)).to.equal('بقلم Kathrine Frich · 11.07.2024 11:15');
      }
      expect(readerText(card)).to.include("NATO Accuses China of Aiding Russia's War Efforts");
      expect(frame.win.__console).to.deep.equal([]);
      frame.frame.remove();
    });

    it('are taken over chunk by chunk with no change a reader could see, and no console output', async () => {
      const frame = await serverPage(requests, lang);
      const before = hosts(frame).map((host) => [composed(host), boxes(host)]);
      const changes = await pickUpStepByStep(frame, [...chunks]);
      // Arabic numbers are written with the digits the widgets name (ar-u-nu-arab), the same in
      // Node and in every engine: nothing is rendered anew (the engines' own defaults for plain
      // `ar` differ, and WebKitGTK's used to make the card's reading time change here).
      expect(changes).to.deep.equal([]);
      expect(hosts(frame).map((host) => [composed(host), boxes(host)])).to.deep.equal(before);
      expect(widgets(frame.doc).map((el) => `${el.localName}:${el.state}`)).to.deep.equal(widgets(frame.doc).map((el) => `${el.localName}:ready`));
      expect(frame.win.__console).to.deep.equal([]);
      frame.frame.remove();
    });

    it('end as a client-only render of the same data would: composed tree and boxes', async () => {
      const server = await serverPage(requests, lang);
      await openGate(server.gate);
      await pickedUp(server);
      const client = await clientPage(requests, lang);
      const [ours, theirs] = [hosts(server), hosts(client)];
      for (let i = 0; i < ours.length; i++) {
        expect(composed(ours[i]!), ours[i]!.localName).to.deep.equal(composed(theirs[i]!));
        expect(boxes(ours[i]!), ours[i]!.localName).to.deep.equal(boxes(theirs[i]!));
      }
      server.frame.remove();
      client.frame.remove();
    });
  });
}

describe('server-rendered widgets after pick-up', function () {
  this.timeout(30000);

  it('update in place when their data changes: each text once, the new one', async () => {
    const frame = await serverPage(pageOf('en', 'Europe/Copenhagen'));
    await openGate(frame.gate);
    await pickedUp(frame);
    const [byline, credit, card, list] = hosts(frame) as Array<HTMLElement & { article?: unknown; feed?: unknown; updateComplete: Promise<boolean> }>;
    const seed = await (await fetch('/test/fixtures/seed-article.json')).json();
    const feed = await (await fetch('/test/fixtures/trending-feed.json')).json();
    const changed = { ...seed, headline: 'A changed headline', author: [{ name: 'Ana Lee' }], image: { ...seed.image, url: '/test/fixtures/seed-hero.png', creditText: 'Reuters' } };
    byline!.article = changed;
    credit!.article = changed;
    card!.article = changed;
    list!.feed = { ...feed, items: [{ ...feed.items[0], headline: 'A changed trending headline' }, ...feed.items.slice(1)] };
    await pickedUp(frame);
    expect(readerText(byline!)).to.equal('Written by Ana Lee · Jul.11 - 2024 10:15 AM CET');
    expect(readerText(credit!).match(/Photo: /g)?.length).to.equal(1);
    expect(readerText(credit!)).to.include('Photo: Reuters');
    expect(readerText(card!).match(/headline/g)?.length).to.equal(1);
    expect(readerText(card!)).to.include('A changed headline');
    expect(readerText(card!).match(/Ana Lee/g)?.length).to.equal(1);
    expect(readerText(list!).match(/A changed trending headline/g)?.length).to.equal(1);
    expect(readerText(list!)).to.not.include("NATO Accuses China of Aiding Russia's War Efforts");
    for (const host of hosts(frame)) expect(host.shadowRoot!.querySelectorAll('.frame').length, host.localName).to.equal(1);
    frame.frame.remove();
  });
  it('report clicks and impressions', async () => {
    const frame = await serverPage(pageOf('en', 'Europe/Copenhagen'));
    await openGate(frame.gate);
    await pickedUp(frame);
    const card = hosts(frame)[2]!;
    // In view, for the impression.
    card.scrollIntoView({ block: 'center' });
    const link = card.shadowRoot!.querySelector<HTMLAnchorElement>('a[part=link]')!;
    link.addEventListener('click', (e) => e.preventDefault());
    link.click();
    const clicks = frame.win.__events.filter((e) => e.type === 'news-click');
    expect(clicks.map((e) => [e.tag, e.detail.article.headline])).to.deep.equal([['news-article-card', "NATO Accuses China of Aiding Russia's War Efforts"]]);
    await until(() => frame.win.__events.some((e) => e.type === 'news-impression' && e.tag === 'news-article-card'), 'the card\'s impression');
    expect(frame.win.__console).to.deep.equal([]);
    frame.frame.remove();
  });

  it('fire news-load for the data they carry, not a request', async () => {
    const frame = await serverPage(pageOf('en', 'Europe/Copenhagen'));
    await openGate(frame.gate);
    await pickedUp(frame);
    const loads = frame.win.__events.filter((e) => e.type === 'news-load' && ['inline'].includes(e.detail.source));
    expect(loads.map((e) => e.tag)).to.deep.equal(['news-byline', 'news-photo-credit', 'news-article-card', 'news-trending-list']);
    const asked = await requested(frame.gate);
    expect(asked.every((file) => file.endsWith('.js'))).to.equal(true);
    frame.frame.remove();
  });
});

describe('server-rendered dates written with Intl', function () {
  this.timeout(30000);

  it('stay as they are where the engine writes them as Node does, and are replaced once where not', async () => {
    // Arabic: the widgets name their digits (ar-u-nu-arab: the engines' defaults for plain `ar`
    // differ), so Node and the engines mostly agree now; where an engine's Intl still writes the
    // date differently, the server's text is replaced once.
    const request: RenderRequest = { widget: 'trending-list', file: FEED.file, options: { baseUrl: FEED.baseUrl, attributes: { lang: 'ar', 'time-zone': 'Asia/Riyadh', relative: 'never', max: '2' } } };
    const frame = await serverPage([request], 'ar');
    const list = hosts(frame)[0]!;
    const engine = new Intl.DateTimeFormat('ar-u-nu-arab', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Riyadh' }).format(new Date('2024-07-11T08:15:00Z'));
    const sameAsNode = readerText(list).includes(engine);
    const changes = watch(frame.doc);
    await openGate(frame.gate);
    await pickedUp(frame);
    expect(changes(), sameAsNode ? 'the server\'s text kept' : 'replaced once').to.deep.equal(sameAsNode ? [] : ['children of news-trending-list: +0 -4', 'children of news-trending-list: +1 -0', 'children of news-trending-list: +1 -0']);
    expect(readerText(list)).to.include(engine);
    expect(readerText(list).match(/NATO Accuses China/g)?.length).to.equal(1);
    const client = await clientPage([request], 'ar');
    expect(composed(list)).to.deep.equal(composed(hosts(client)[0]!));
    frame.frame.remove();
    client.frame.remove();
  });
});

describe('server-rendered widgets whose state moved on before the script came', function () {
  this.timeout(30000);

  it('replace a relative time written at render time with the reader\'s, once, and keep it ticking', async () => {
    const request: RenderRequest = { widget: 'byline', file: SEED.file, options: { baseUrl: SEED.baseUrl, now: Date.parse('2024-07-11T11:15:00Z'), attributes: { relative: 'always', 'time-zone': 'UTC' } } };
    const frame = await serverPage([request]);
    const byline = hosts(frame)[0]!;
    expect(readerText(byline)).to.equal('By Kathrine Frich · 3 hours ago');
    await openGate(frame.gate);
    await pickedUp(frame);
    const client = await clientPage([request]);
    expect(readerText(byline)).to.equal(readerText(hosts(client)[0]!));
    expect(readerText(byline)).to.not.include('3 hours ago');
    expect(readerText(byline).match(/Kathrine Frich/g)?.length).to.equal(1);
    frame.frame.remove();
    client.frame.remove();
  });

  it('give an image that failed before the script its placeholder and a news-error', async () => {
    // An image this server answers with 404.
    const dead = { url: 'https://news.example/a', headline: 'A', datePublished: '2024-07-11T10:15:00Z', image: { url: 'missing-image.png', width: 960, height: 540, creditText: 'Agency' } };
    const fragment = await render({ widget: 'photo-credit', data: dead, options: { baseUrl: '/test/fixtures/a.json' } });
    const gate = newGate();
    const frame = await openPage(page(`<div class="slot">${fragment.html}</div>`, { gate }));
    const credit = hosts(frame)[0]!;
    const img = credit.shadowRoot!.querySelector('img')!;
    await until(() => img.complete, 'the image to fail');
    expect(img.naturalWidth).to.equal(0);
    await openGate(gate);
    await pickedUp(frame);
    await until(() => !credit.shadowRoot!.querySelector('img'), 'the placeholder');
    expect(credit.shadowRoot!.querySelector('svg')).to.not.equal(null);
    expect(readerText(credit)).to.include('Photo: Agency');
    const errors = frame.win.__events.filter((e) => e.type === 'news-error');
    expect(errors.map((e) => e.detail.source)).to.deep.equal(['image']);
    frame.frame.remove();
  });
});

describe('server-rendered widgets with JavaScript off', function () {
  this.timeout(30000);
  it('show their full text and working links', async () => {
    const html = page(await fragments(pageOf('en', 'Europe/Copenhagen')), { gate: newGate() });
    // A sandbox without allow-scripts: the page's scripts never run; the HTML parser still attaches shadow roots.
    const frame = await openPage(html, { sandbox: 'allow-same-origin' });
    await until(() => frame.doc.readyState === 'complete', 'the page to load');
    const [byline, credit, card, list] = hosts(frame) as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
    expect(readerText(byline)).to.equal('Written by Kathrine Frich · Jul.11 - 2024 10:15 AM CET');
    expect(readerText(credit)).to.include('Photo: Shutterstock');
    expect(readerText(card)).to.include("NATO Accuses China of Aiding Russia's War Efforts");
    expect(readerText(card)).to.include('Written by Kathrine Frich');
    expect(readerText(list)).to.include('Trending Now');
    const headline = card.shadowRoot!.querySelector<HTMLAnchorElement>('a[part=link]')!;
    expect(headline.href).to.equal('https://news.example/world/nato-accuses-china-of-aiding-russias-war-efforts');
    const items = Array.from(list.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href]'));
    expect(items.length).to.be.greaterThan(3);
    expect(items.every((a) => a.href.startsWith('https://news.example/'))).to.equal(true);
    const image = credit.shadowRoot!.querySelector('img')!;
    expect(new URL(image.getAttribute('src')!, frame.doc.baseURI).pathname).to.equal('/test/fixtures/seed-hero.png');
    expect(frame.win.customElements.get('news-byline')).to.equal(undefined);
    frame.frame.remove();
  });
});

describe('server-rendered widgets with bad data', function () {
  this.timeout(30000);
  it('show the error state, keep it through pick-up, and report the errors with their paths', async () => {
    const fragment = await render({ widget: 'article-card', data: { headline: 'No address', datePublished: 'yesterday' } });
    expect(fragment.ok).to.equal(false);
    expect(fragment.errors.map((e) => e.path)).to.deep.equal(['url', 'datePublished']);
    const gate = newGate();
    const frame = await openPage(page(`<div class="slot">${fragment.html}</div>`, { gate }));
    const card = hosts(frame)[0]!;
    expect(readerText(card)).to.equal('The article could not be shown.');
    const changes = watch(frame.doc);
    await openGate(gate);
    await pickedUp(frame);
    await until(() => (card as HTMLElement & { state: string }).state === 'error', 'the error state');
    await until(() => takenOver(card), 'the card to be taken over');
    expect(changes()).to.deep.equal([]);
    expect(readerText(card)).to.equal('The article could not be shown.');
    const errors = frame.win.__events.filter((e) => e.type === 'news-error');
    expect(errors.map((e) => e.detail.errors.map((x: { path: string }) => x.path))).to.deep.equal([['url', 'datePublished']]);
    expect(frame.win.__console).to.deep.equal([]);
    frame.frame.remove();
  });

  it('show the publisher\'s fallback before and after the script', async () => {
    const fragment = await render({ widget: 'byline', data: [], options: { fallback: '<p>By the <a href="https://news.example/desk">news desk</a></p>' } });
    const gate = newGate();
    const frame = await openPage(page(`<div class="slot">${fragment.html}</div>`, { gate }));
    const byline = hosts(frame)[0]!;
    expect(byline.shadowRoot).to.equal(null);
    expect(readerText(byline)).to.equal('By the news desk');
    await openGate(gate);
    await until(() => (byline as HTMLElement & { state: string }).state === 'error', 'the error state');
    await (byline as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(readerText(byline)).to.equal('By the news desk');
    expect(frame.win.__events.filter((e) => e.type === 'news-error').length).to.equal(1);
    expect(frame.win.__console).to.deep.equal([]);
    frame.frame.remove();
  });
});

describe('fragments the bundle did not render', function () {
  this.timeout(30000);
  it('from another version are replaced by this version\'s render, never shown twice', async () => {
    const fragment = await render({ widget: 'article-card', file: SEED.file, options: { baseUrl: SEED.baseUrl, attributes: HOUSE } });
    const other = fragment.html.replace(/data-news-ssr="[^"]+"/, 'data-news-ssr="0.0.1-old"').replace(/class="heading"/, 'class="heading old"');
    const gate = newGate();
    const frame = await openPage(page(`<div class="slot">${other}</div>`, { gate }));
    const card = hosts(frame)[0]!;
    await openGate(gate);
    await pickedUp(frame);
    expect(card.shadowRoot!.querySelector('.old'), 'the old version\'s DOM is gone').to.equal(null);
    expect(readerText(card).match(/NATO Accuses China/g)?.length).to.equal(1);
    expect(readerText(card)).to.include('Written by Kathrine Frich · Jul.11 - 2024 10:15 AM CET');
    expect(frame.win.__console).to.deep.equal([]);
    const client = await clientPage([{ widget: 'article-card', file: SEED.file, options: { baseUrl: SEED.baseUrl, attributes: HOUSE } }]);
    expect(composed(card)).to.deep.equal(composed(hosts(client)[0]!));
    frame.frame.remove();
    client.frame.remove();
  });

  it('inserted with innerHTML (no shadow root attached) render normally, once', async () => {
    const requests = pageOf('en', 'Europe/Copenhagen');
    const html = await fragments(requests);
    const gate = newGate();
    await openGate(gate);
    const frame = await openPage(page('<main></main>', { gate }));
    await until(() => frame.win.customElements.get('news-trending-list'), 'the bundle');
    frame.doc.querySelector('main')!.innerHTML = html;
    await pickedUp(frame);
    const server = await serverPage(requests);
    await openGate(server.gate);
    await pickedUp(server);
    const inserted = Array.from(frame.doc.querySelectorAll<HTMLElement>('.slot > *'));
    expect(inserted.map((el) => readerText(el))).to.deep.equal(hosts(server).map((el) => readerText(el)));
    for (let i = 0; i < inserted.length; i++) expect(composed(inserted[i]!)).to.deep.equal(composed(hosts(server)[i]!));
    expect(frame.win.__console).to.deep.equal([]);
    frame.frame.remove();
    server.frame.remove();
  });

  it('are taken over by the classic script too', async () => {
    const html = await fragments(pageOf('de', 'Europe/Berlin'));
    const gate = newGate();
    const frame = await openPage(page(html, { gate, classic: true }, 'de'));
    const changes = watch(frame.doc);
    await openGate(gate);
    await pickedUp(frame);
    expect(changes()).to.deep.equal([]);
    expect(await requested(gate)).to.deep.equal(['news-widgets.iife.js']);
    expect(frame.win.__console).to.deep.equal([]);
    frame.frame.remove();
  });

  it('are taken over by the npm build too', async () => {
    const html = await fragments(pageOf('en', 'Europe/Copenhagen'));
    const frame = await openPage(page(html, { npm: true }));
    const changes = watch(frame.doc);
    await pickedUp(frame);
    expect(changes()).to.deep.equal([]);
    frame.frame.remove();
  });
});
