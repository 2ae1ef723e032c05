// The data every variant renders, built in the page from the test fixtures (so every variant
// gets identical input): N articles in the canonical shape, and feeds for the trending list.
import seed from '/test/fixtures/seed-article.json' with { type: 'json' };
import trending from '/test/fixtures/trending-feed.json' with { type: 'json' };

const IMAGE = new URL('/test/fixtures/seed-hero.png', location.href).href;

/**
 * `n` articles. Dates are whole minutes before `now` (i·3 + 1 minutes), so about half the items
 * read as relative time ("5 minutes ago") and half as absolute dates, and no text changes for a
 * minute after `now`. Every fifth article has two authors (the second with a job title), every
 * seventh a "breaking" label.
 */
export function articles(n, now = Date.now()) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const base = trending.items[i % trending.items.length];
    const author = [{ name: base.author[0].name, url: `https://news.example/authors/${i % 40}` }];
    if (i % 5 === 4) author.push({ name: 'Mads Holm', jobTitle: 'Defence Editor' });
    out.push({
      url: `${base.url}?n=${i}`,
      headline: `${base.headline} (${i + 1})`,
      description: seed.description,
      articleSection: base.articleSection,
      labels: i % 7 === 6 ? ['breaking'] : [],
      inLanguage: 'en',
      datePublished: new Date(now - (i * 3 + 1) * 60_000).toISOString(),
      author,
      image: { ...seed.image, url: IMAGE },
      wordCount: 200 + i,
    });
  }
  return out;
}

/** A feed of `n` items (`{name, items}`). */
export function feed(n, now = Date.now()) {
  return { name: 'Trending Now', items: articles(n, now) };
}

/**
 * The feed as a refresh would deliver it: an entirely new object graph (as if parsed from a new
 * response), equal except for item `index`'s headline.
 */
export function withHeadline(previous, index, headline) {
  const next = structuredClone(previous);
  next.items[index].headline = headline;
  return next;
}

/** The article as a new object with its headline changed. */
export function articleWithHeadline(previous, headline) {
  const next = structuredClone(previous);
  next.headline = headline;
  return next;
}
