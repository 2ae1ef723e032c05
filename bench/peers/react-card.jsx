// Peer: the same card (photo with credit, kicker, headline link, description, byline with linked
// authors and a relative/absolute time, reading time, labels) and trending list in React 19,
// rendered from the same data. Bundled by esbuild (production React) into bench/.build/react.js.
// Times use Intl directly with formatters created once, as a careful React developer would.
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';

export const name = 'React 19';

export const CSS = `
.rn-card { display: grid; gap: 12px; font: 16px/1.45 system-ui, sans-serif; color: #1a1a1a; background: #fff; position: relative; }
.rn-card figure { margin: 0; }
.rn-card img { display: block; width: 100%; height: auto; border-radius: 8px; }
.rn-card figcaption, .rn-muted { color: #595959; font-size: 14px; }
.rn-body { display: flex; flex-direction: column; gap: 6px; min-width: 0; }
.rn-kicker { margin: 0; color: #b3261e; font-size: 14px; font-weight: 700; text-transform: uppercase; }
.rn-heading { margin: 0; font-size: 22px; font-weight: 700; line-height: 1.2; }
.rn-card a, .rn-list a { color: inherit; text-decoration: none; }
.rn-link::after { content: ''; position: absolute; inset: 0; }
.rn-description { margin: 0; }
.rn-meta { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0 0.75em; }
.rn-byline { margin: 0; font-size: 14px; color: #595959; }
.rn-author { font-weight: 600; position: relative; z-index: 1; }
.rn-labels { display: flex; gap: 0.4em; margin: 0; padding: 0; list-style: none; }
.rn-label { padding: 0.1em 0.5em; border: 1px solid #d6d6d6; border-radius: 4px; font-size: 14px; font-weight: 700; }
.rn-list { font: 16px/1.45 system-ui, sans-serif; }
.rn-list ol { margin: 0; padding: 0; list-style: none; }
.rn-item { position: relative; display: grid; grid-template-columns: 2em minmax(0, 1fr); gap: 12px; padding: 12px 0; border-top: 1px solid #d6d6d6; }
.rn-rank { color: #b3261e; font-size: 22px; font-weight: 700; line-height: 1; }
.rn-text { display: flex; flex-direction: column; gap: 0.25em; }
`;

const LABELS = { live: 'Live', breaking: 'Breaking', opinion: 'Opinion', analysis: 'Analysis', sponsored: 'Sponsored' };
const title = new Intl.DateTimeFormat('en', { dateStyle: 'full', timeStyle: 'long' });
const absolute = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

function Time({ iso, now }) {
  const date = new Date(iso);
  const s = (now - date.getTime()) / 1000;
  const text =
    s < 60 ? relative.format(-Math.trunc(s), 'second')
    : s < 3600 ? relative.format(-Math.trunc(s / 60), 'minute')
    : s < 86400 ? relative.format(-Math.trunc(s / 3600), 'hour')
    : absolute.format(date);
  return <time dateTime={date.toISOString()} title={title.format(date)}>{text}</time>;
}

function Authors({ people }) {
  return people.map((p, i) => (
    <span key={i}>
      {i ? (i === people.length - 1 ? ' and ' : ', ') : null}
      {p.url ? <a className="rn-author" href={p.url} rel="author noopener">{p.name}</a> : <span className="rn-author">{p.name}</span>}
      {p.jobTitle ? <span className="rn-job"> ({p.jobTitle})</span> : null}
    </span>
  ));
}

function Card({ a, now }) {
  return (
    <article className="rn-card">
      <figure>
        <img src={a.image.url} width={a.image.width} height={a.image.height} alt={a.image.alt} loading="lazy" decoding="async" />
        <figcaption>Photo: {a.image.creditText}</figcaption>
      </figure>
      <div className="rn-body">
        {a.labels?.length ? (
          <ul className="rn-labels">{a.labels.map((l) => <li key={l} className="rn-label">{LABELS[l]}</li>)}</ul>
        ) : null}
        <p className="rn-kicker">{a.articleSection}</p>
        <h2 className="rn-heading"><a className="rn-link" href={a.url} rel="noopener">{a.headline}</a></h2>
        <p className="rn-description">{a.description}</p>
        <div className="rn-meta">
          <p className="rn-byline">
            <span>By <Authors people={a.author} /></span> <span aria-hidden="true">·</span> <Time iso={a.datePublished} now={now} />
          </p>
          <span className="rn-muted">{Math.max(1, Math.ceil(a.wordCount / 230))} min read</span>
        </div>
      </div>
    </article>
  );
}

function Cards({ articles, now }) {
  return articles.map((a) => <Card key={a.url} a={a} now={now} />);
}

function List({ feed, now }) {
  return (
    <section className="rn-list">
      <h2>{feed.name || 'Trending Now'}</h2>
      <ol>
        {feed.items.slice(0, 100).map((item, i) => (
          <li key={item.url} className="rn-item">
            <span className="rn-rank" aria-hidden="true">{i + 1}</span>
            <span className="rn-text">
              <a className="rn-link" href={item.url} rel="noopener">{item.headline}</a>
              <span className="rn-muted"><Time iso={item.datePublished} now={now} /></span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

let root;
let now;

export function ready() {
  const style = document.createElement('style');
  style.textContent = CSS;
  document.head.append(style);
}

function render(stage, node) {
  root ??= createRoot(stage);
  flushSync(() => root.render(node));
}

export function renderCards(stage, articles) {
  now = Date.now();
  render(stage, <Cards articles={articles} now={now} />);
}

export function renderList(stage, feed) {
  now = Date.now();
  render(stage, <List feed={feed} now={now} />);
}

export function updateList(stage, feed) {
  render(stage, <List feed={feed} now={now} />);
}

export function updateCard(stage, article) {
  render(stage, <Cards articles={[article]} now={now} />);
}

export function clear() {
  root?.unmount();
  root = undefined;
}
