// Loaded by the publisher page right after the CDN bundle (module scripts run in order): waits
// until every widget has its data (inline or fetched) and every element, nested ones included,
// has rendered — the byline's on-demand date-pattern chunk too — then forces layout and records
// the time since navigation start in window.__rendered. On the server-rendered page (`?server`),
// whose HTML is final and which records __rendered itself, it records when every widget has been
// taken over instead, in window.__pickedUp.
const TAGS = 'news-article-card, news-byline, news-photo-credit, news-trending-list';

await Promise.all(TAGS.split(', ').map((tag) => customElements.whenDefined(tag)));
const widgets = [...document.querySelectorAll(TAGS)];

await Promise.all(
  widgets.map((w) =>
    w.state !== 'loading'
      ? undefined
      : new Promise((resolve) => {
          w.addEventListener('news-load', resolve, { once: true });
          w.addEventListener('news-error', resolve, { once: true });
        }),
  ),
);

function elements() {
  const out = [...widgets];
  for (let i = 0; i < out.length; i++) if (out[i].shadowRoot) out.push(...out[i].shadowRoot.querySelectorAll(TAGS));
  return out;
}

for (let seen = -1, all = elements(); seen !== all.length || all.some((e) => e.isUpdatePending); all = elements()) {
  seen = all.length;
  await Promise.all(all.map((e) => e.updateComplete));
}

if (import.meta.url.endsWith('?server')) {
  // Taken over: Lit owns each shadow root the server wrote.
  while (!elements().every((e) => e.shadowRoot?._$litPart$ && !e.isUpdatePending)) {
    await new Promise((r) => requestAnimationFrame(r));
    await Promise.all(elements().map((e) => e.updateComplete));
  }
  window.__pickedUp = performance.now();
} else {
  void document.body.offsetHeight;
  window.__rendered = performance.now();
}
window.__states = widgets.map((w) => w.state);
