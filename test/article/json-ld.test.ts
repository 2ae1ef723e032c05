// JSON-LD as CMSs write it: one document whose nodes point at each other by @id (Yoast / WordPress
// and most SEO plugins), the article as a page's mainEntity, a WebPage standing in for a missing
// article, and the loose forms of names and images.
import { expect } from '@open-wc/testing';
import { parseArticle } from '../../src/article/index.js';
import { REQUIRED, TEXT, URL_MESSAGE, expectErrors, expectOk } from './support.js';

const PAGE = 'https://news.example/2024/07/nato-summit/';
const SITE = 'https://news.example/';

/** A Yoast-shaped graph: every relation is an @id reference to another node. */
function yoast(article: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'Article',
        '@id': `${PAGE}#article`,
        isPartOf: { '@id': `${PAGE}#webpage` },
        author: { name: 'Kathrine Frich', '@id': `${SITE}#/schema/person/kf` },
        headline: 'NATO Accuses China of Aiding Russia&#8217;s War Efforts',
        datePublished: '2024-07-11T10:15:00+02:00',
        mainEntityOfPage: { '@id': `${PAGE}#webpage` },
        publisher: { '@id': `${SITE}#organization` },
        image: { '@id': `${PAGE}#primaryimage` },
        articleSection: ['World', 'Politics'],
        inLanguage: 'en-US',
        ...article,
      },
      { '@type': 'WebPage', '@id': `${PAGE}#webpage`, url: PAGE, name: 'NATO summit - News Example', isPartOf: { '@id': `${SITE}#website` } },
      { '@type': 'ImageObject', '@id': `${PAGE}#primaryimage`, url: 'https://news.example/hero.jpg', width: 1200, height: 675, caption: 'Jens Stoltenberg at the summit' },
      { '@type': 'WebSite', '@id': `${SITE}#website`, url: SITE, name: 'News Example', publisher: { '@id': `${SITE}#organization` } },
      { '@type': 'Organization', '@id': `${SITE}#organization`, name: 'News Example', url: SITE, logo: { '@id': `${SITE}#logo` } },
      { '@type': 'ImageObject', '@id': `${SITE}#logo`, url: 'https://news.example/logo.png' },
      { '@type': 'Person', '@id': `${SITE}#/schema/person/kf`, name: 'Kathrine Frich', url: 'https://news.example/authors/kf', jobTitle: 'Correspondent' },
    ],
  };
}

const parse = (input: unknown, baseUrl = PAGE) => parseArticle(input, { baseUrl });

describe('JSON-LD graphs: @id references', () => {
  it('follows author, image, publisher and logo references to their nodes, and takes the clean page url', () => {
    const { value, warnings } = expectOk(parse(yoast()));
    expect(warnings).to.deep.equal([]);
    expect(value.url).to.equal(PAGE);
    expect(value.headline).to.equal('NATO Accuses China of Aiding Russia’s War Efforts');
    expect(value.author).to.deep.equal([{ name: 'Kathrine Frich', url: 'https://news.example/authors/kf', jobTitle: 'Correspondent' }]);
    expect(value.image).to.deep.equal({ url: 'https://news.example/hero.jpg', width: 1200, height: 675, caption: 'Jens Stoltenberg at the summit' });
    expect(value.publisher).to.deep.equal({ name: 'News Example', url: SITE, logo: 'https://news.example/logo.png' });
    expect(value.articleSection).to.equal('World');
  });

  it('reports a problem where the referenced node is, not where the reference is', () => {
    const doc = yoast();
    (doc['@graph'] as Array<Record<string, unknown>>)[6]!['url'] = 'javascript:alert(1)';
    (doc['@graph'] as Array<Record<string, unknown>>)[2]!['width'] = 'wide';
    const { value, warnings } = expectOk(parse(doc));
    expect(value.author).to.deep.equal([{ name: 'Kathrine Frich', jobTitle: 'Correspondent' }]);
    expect(warnings).to.deep.equal([
      { path: '@graph[6].url', message: URL_MESSAGE },
      { path: '@graph[2].width', message: 'expected a positive number' },
    ]);
  });

  it('takes the page url from mainEntityOfPage written as the page node’s @id string', () => {
    const { value } = expectOk(parse(yoast({ mainEntityOfPage: `${PAGE}#webpage`, isPartOf: undefined })));
    expect(value.url).to.equal(PAGE);
  });

  it('drops the node-name fragment of an @id when no node gives the page’s own url', () => {
    const doc = yoast({ mainEntityOfPage: { '@id': 'https://news.example/other/#webpage' }, isPartOf: undefined });
    expect(expectOk(parse(doc)).value.url).to.equal('https://news.example/other/');
  });

  it('reads mainEntityOfPage written with id, url or a WebPage node, and a WebPage it isPartOf', () => {
    const base = { '@type': 'NewsArticle', headline: 'H', datePublished: '2024-07-11T08:15:00Z' };
    expect(expectOk(parse({ ...base, mainEntityOfPage: { '@type': 'WebPage', id: 'https://news.example/a' } })).value.url).to.equal('https://news.example/a');
    expect(expectOk(parse({ ...base, mainEntityOfPage: { '@type': 'WebPage', url: 'https://news.example/b' } })).value.url).to.equal('https://news.example/b');
    expect(expectOk(parse({ ...base, isPartOf: { '@type': 'WebPage', url: 'https://news.example/c' } })).value.url).to.equal('https://news.example/c');
    // A WebSite (or a periodical) the article is part of is not its page.
    expect(expectErrors(parse({ ...base, isPartOf: { '@type': 'WebSite', url: SITE } }))).to.deep.equal([{ path: 'url', message: REQUIRED }]);
  });

  it('reads `mainEntityOfPage: true` (or "True") as the page the JSON-LD is on', () => {
    const base = { '@type': 'NewsArticle', headline: 'H', datePublished: '2024-07-11T08:15:00Z' };
    expect(expectOk(parse({ ...base, mainEntityOfPage: true })).value.url).to.equal(PAGE);
    expect(expectOk(parse({ ...base, mainEntityOfPage: 'True' })).value.url).to.equal(PAGE);
    expect(expectErrors(parse({ ...base, mainEntityOfPage: 'Article' }))).to.deep.equal([{ path: 'url', message: REQUIRED }]);
    expect(expectErrors(parse({ ...base, mainEntityOfPage: 'javascript:alert(1)' }))).to.deep.equal([{ path: 'mainEntityOfPage', message: URL_MESSAGE }]);
  });

  it('adds what a reference itself says to its node, and keeps a reference that names nothing as it is', () => {
    const doc = yoast({ author: [{ '@id': `${SITE}#/schema/person/kf`, image: 'https://news.example/kf.jpg' }, { '@id': `${SITE}#/schema/person/nobody` }] });
    const { value, warnings } = expectOk(parse(doc));
    expect(value.author).to.deep.equal([{ name: 'Kathrine Frich', url: 'https://news.example/authors/kf', jobTitle: 'Correspondent', image: 'https://news.example/kf.jpg' }]);
    expect(warnings).to.deep.equal([{ path: '@graph[0].author[1].name', message: TEXT }]);
  });

  it('ends on cycles and on hostile depth or width, and still finds the article', () => {
    const person: Record<string, unknown> = { '@type': 'Person', '@id': '#p', name: 'Ada' };
    const org: Record<string, unknown> = { '@type': 'Organization', '@id': '#o', name: 'Daily', employee: person };
    person['worksFor'] = org;
    person['self'] = person; // a cycle through objects, as a property value can have
    let deep: Record<string, unknown> = { '@type': 'Thing', '@id': '#deep' };
    for (let i = 0; i < 10_000; i++) deep = { nested: deep };
    const wide = Array.from({ length: 20_000 }, (_, i) => ({ '@type': 'Thing', '@id': `#t${i}` }));
    const doc = {
      '@graph': [
        { '@type': 'NewsArticle', url: PAGE, headline: 'H', datePublished: '2024-07-11T08:15:00Z', author: { '@id': '#p' }, publisher: { '@id': '#o' } },
        person,
        org,
        deep,
        ...wide,
      ],
    };
    const { value } = expectOk(parse(doc));
    expect(value.author).to.deep.equal([{ name: 'Ada' }]);
    expect(value.publisher).to.deep.equal({ name: 'Daily' });
  });
});

describe('JSON-LD graphs: where the article is', () => {
  it('finds the article as a WebPage’s mainEntity, taking the page’s url', () => {
    const doc = {
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      url: 'https://news.example/a',
      mainEntity: { '@type': 'NewsArticle', headline: 'Nested', datePublished: '2024-07-11T08:15:00Z' },
    };
    const { value } = expectOk(parse(doc));
    expect(value.headline).to.equal('Nested');
    expect(value.url).to.equal('https://news.example/a');
  });

  it('takes the document’s own address for the mainEntity of a page that gives none', () => {
    const doc = { '@type': 'WebPage', name: 'Page', mainEntity: { '@type': 'Article', headline: 'Nested', datePublished: '2024-07-11T08:15:00Z' } };
    expect(expectOk(parse(doc)).value.url).to.equal(PAGE);
  });

  it('reads a WebPage with a url, a name and a date as the article when there is no Article node, and says so', () => {
    const doc = {
      '@graph': [
        { '@type': 'WebSite', '@id': `${SITE}#website`, url: SITE, name: 'News Example' },
        { '@type': 'WebPage', '@id': `${PAGE}#webpage`, url: PAGE, name: 'Israeli startup raises $50 million', datePublished: '2016-01-20T21:50:25+00:00', author: { '@id': '#a' } },
        { '@type': 'Person', '@id': '#a', name: 'Correspondent' },
      ],
    };
    const { value, warnings } = expectOk(parse(doc));
    expect(value.headline).to.equal('Israeli startup raises $50 million');
    expect(value.url).to.equal(PAGE);
    expect(value.author).to.deep.equal([{ name: 'Correspondent' }]);
    expect(warnings).to.deep.equal([{ path: '@graph[1].@type', message: 'is a WebPage, read as the article (the document has no Article node)' }]);
  });

  it('prefers an Article node to a WebPage, and the shallowest Article to a nested one', () => {
    const doc = [
      { '@type': 'WebPage', url: PAGE, name: 'Page', datePublished: '2024-07-11T08:15:00Z' },
      { '@type': 'NewsArticle', url: PAGE, headline: 'Main', datePublished: '2024-07-11T08:15:00Z', citation: { '@type': 'Article', url: SITE, headline: 'Cited', datePublished: '2020-01-01' } },
    ];
    expect(expectOk(parse(doc)).value.headline).to.equal('Main');
  });
});

describe('JSON-LD: names and images as publishers write them', () => {
  const base = { url: PAGE, headline: 'H', datePublished: '2024-07-11T08:15:00Z' };

  it('reads a Person whose name is a list of names as that many people (none taking the others’ url)', () => {
    const { value } = expectOk(parse({ ...base, author: { '@type': 'Person', name: ['Darian Woods', 'Sarah Gonzalez'], url: 'https://news.example/team' } }));
    expect(value.author).to.deep.equal([{ name: 'Darian Woods' }, { name: 'Sarah Gonzalez' }]);
    const one = expectOk(parse({ ...base, author: { name: ['Mike Isaac'], url: 'https://news.example/mi' } }));
    expect(one.value.author).to.deep.equal([{ name: 'Mike Isaac', url: 'https://news.example/mi' }]);
  });

  it('drops a lead-in written into a name, so a byline never reads “By By”', () => {
    const { value } = expectOk(parse({ ...base, author: ['By Will Smale', { name: 'by: Ana Lee' }, 'BY  Jo Park', 'Byron Smith', 'By'] }));
    expect(value.author.map((p) => p.name)).to.deep.equal(['Will Smale', 'Ana Lee', 'Jo Park', 'Byron Smith', 'By']);
  });

  it('reads an image list written as {"@list": [...]}', () => {
    const { value } = expectOk(parse({ ...base, '@type': 'NewsArticle', image: { '@list': [{ '@type': 'ImageObject', url: 'https://news.example/1.jpg' }, 'https://news.example/2.jpg'] } }));
    expect(value.image).to.deep.equal({ url: 'https://news.example/1.jpg' });
  });

  it('takes thumbnailUrl when there is no image', () => {
    const { value } = expectOk(parse({ ...base, thumbnailUrl: 'https://news.example/thumb.jpg' }));
    expect(value.image).to.deep.equal({ url: 'https://news.example/thumb.jpg' });
    const both = expectOk(parse({ ...base, image: 'https://news.example/big.jpg', thumbnailUrl: 'https://news.example/thumb.jpg' }));
    expect(both.value.image).to.deep.equal({ url: 'https://news.example/big.jpg' });
  });
});
