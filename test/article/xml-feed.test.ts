// RSS 2.0, RSS 1.0 and Atom 1.0 through parseFeed, parsed by this browser's DOMParser: the field
// mapping of docs/data-shape.md, undated items, and XML that must be refused.
import { expect } from '@open-wc/testing';
import { CalendarDate, MAX_FEED_ITEMS, parseFeed } from '../../src/article/index.js';
import { NOT_FEED, expectErrors, expectOk } from './support.js';

const BASE = 'https://news.example/rss/world.xml';
const parse = (input: unknown) => parseFeed(input, { baseUrl: BASE });

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>World &amp; Politics</title>
    <link>https://news.example/world</link>
    <language>en-gb</language>
    <item>
      <title>NATO Accuses China of Aiding Russia&#x2019;s War Efforts</title>
      <link>https://news.example/world/nato</link>
      <guid isPermaLink="false">nato-1</guid>
      <pubDate>Thu, 11 Jul 2024 08:15:00 GMT</pubDate>
      <description>&lt;p&gt;As NATO marks its &lt;b&gt;75th&lt;/b&gt; anniversary&amp;hellip;&lt;/p&gt;</description>
      <dc:creator>Kathrine Frich</dc:creator>
      <dc:creator>Mads Holm</dc:creator>
      <category>World</category>
      <category>Politics</category>
      <media:content url="https://news.example/hero-140.jpg" width="140" height="84" medium="image"><media:credit>Photograph: Shutterstock</media:credit></media:content>
      <media:content url="https://news.example/hero-460.jpg" width="460" height="276" medium="image"><media:credit>Shutterstock</media:credit></media:content>
      <media:description>Jens Stoltenberg at the summit</media:description>
    </item>
    <item>
      <title><![CDATA[Markets <em>rally</em> after the vote]]></title>
      <link>/business/markets</link>
      <pubDate>Thu, 11 Jul 2024 10:00:00 +0200</pubDate>
      <author>desk@news.example (Business Desk)</author>
      <enclosure url="https://news.example/markets.png" length="0" type="image/png"/>
    </item>
    <item>
      <title>Undated</title>
      <guid>https://news.example/undated</guid>
      <content:encoded><![CDATA[<p>Body text</p>]]></content:encoded>
    </item>
  </channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xml:lang="en">
  <title>Daring &#8220;Example&#8221;</title>
  <id>https://news.example/feeds/main</id>
  <updated>2017-06-27T00:54:20Z</updated>
  <author><name>John Gruber</name></author>
  <entry>
    <title type="html">The Talk Show: &#8216;I Do Like Throwing a Baby&#8217;</title>
    <link rel="shorturl" href="http://df4.us/q4d"/>
    <link rel="alternate" type="text/html" href="https://news.example/thetalkshow/195"/>
    <id>tag:news.example,2017:/195</id>
    <published>2017-06-27T00:54:17Z</published>
    <updated>2017-06-27T02:00:00Z</updated>
    <content type="html">&lt;p&gt;New episode, with &lt;a href="x"&gt;John Moltz&lt;/a&gt;.&lt;/p&gt;</content>
    <category term="podcasts" label="Podcasts"/>
    <media:thumbnail url="https://news.example/195.jpg" width="120" height="120"/>
  </entry>
  <entry>
    <title>Updated only</title>
    <link href="https://news.example/updated-only"/>
    <id>tag:news.example,2017:/2</id>
    <updated>2017-06-26T10:00:00-07:00</updated>
    <summary>Plain summary</summary>
    <author><name>Guest Writer</name></author>
  </entry>
</feed>`;

describe('parseFeed() — RSS 2.0', () => {
  it('maps every field: link, title, guid, pubDate, description (as text), dc:creator, category, media', () => {
    const { value, warnings } = expectOk(parse(RSS));
    expect(value.name).to.equal('World & Politics');
    expect(value.items).to.have.length(3);
    const [nato, markets, undated] = value.items;
    expect(nato).to.deep.include({
      id: 'nato-1',
      url: 'https://news.example/world/nato',
      headline: 'NATO Accuses China of Aiding Russia’s War Efforts',
      description: 'As NATO marks its 75th anniversary…',
      articleSection: 'World',
      inLanguage: 'en-GB',
    });
    expect(nato!.datePublished!.toISOString()).to.equal('2024-07-11T08:15:00.000Z');
    expect(nato!.author).to.deep.equal([{ name: 'Kathrine Frich' }, { name: 'Mads Holm' }]);
    // The widest Media RSS image, with its own credit; the item's media:description is its caption.
    expect(nato!.image).to.deep.equal({ url: 'https://news.example/hero-460.jpg', width: 460, height: 276, creditText: 'Shutterstock', caption: 'Jens Stoltenberg at the summit' });
    expect(markets!.headline).to.equal('Markets rally after the vote');
    expect(markets!.url).to.equal('https://news.example/business/markets');
    expect(markets!.id).to.equal('https://news.example/business/markets');
    expect(markets!.datePublished!.toISOString()).to.equal('2024-07-11T08:00:00.000Z');
    expect(markets!.author).to.deep.equal([{ name: 'Business Desk' }]);
    expect(markets!.image).to.deep.equal({ url: 'https://news.example/markets.png' });
    // No link, but a permalink guid; no date at all: kept, without a time.
    expect(undated!.url).to.equal('https://news.example/undated');
    expect(undated!.description).to.equal('Body text');
    expect(undated).to.not.have.property('datePublished');
    expect(warnings).to.deep.equal([{ path: 'channel.item[2].pubDate', message: 'is missing: the item is shown without a time' }]);
  });

  it('keeps a media:credit as written (the photo credit does not repeat its own “Photo:” before “Photograph:”)', () => {
    const rss = RSS.replace('<media:credit>Shutterstock</media:credit>', '<media:credit>Photograph: Jim Lo Scalzo/EPA</media:credit>');
    expect(expectOk(parse(rss)).value.items[0]!.image!.creditText).to.equal('Photograph: Jim Lo Scalzo/EPA');
  });

  it('reports item problems at channel.item[i].<element>', () => {
    const rss = RSS.replace('<pubDate>Thu, 11 Jul 2024 10:00:00 +0200</pubDate>', '<pubDate>someday</pubDate>').replace('<link>https://news.example/world/nato</link>', '<link>javascript:alert(1)</link>');
    const { value, warnings } = expectOk(parse(rss));
    expect(value.items.map((item) => item.headline)).to.deep.equal(['Undated']);
    expect(warnings.map((w) => w.path)).to.deep.equal(['channel.item[0].link', 'channel.item[1].pubDate', 'channel.item[2].pubDate']);
  });

  it('reads RSS 0.91 with its DTD (never fetched) and HTML’s named references that DTD declared', () => {
    const rss091 = `<?xml version="1.0"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Old&nbsp;feed</title>
<item><title>Caf&eacute; &mdash; news</title><link>https://news.example/cafe</link></item></channel></rss>`;
    const { value } = expectOk(parse(rss091));
    expect(value.name).to.equal('Old feed');
    expect(value.items[0]!.headline).to.equal('Café — news');
  });

  it('reads RSS 1.0 (RDF), whose items stand beside the channel', () => {
    const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://news.example/"><title>RDF news</title></channel>
  <item rdf:about="https://news.example/1"><title>First</title><link>https://news.example/1</link><dc:date>2024-06-25</dc:date><dc:creator>Ana</dc:creator></item>
</rdf:RDF>`;
    const { value } = expectOk(parse(rdf));
    expect(value.name).to.equal('RDF news');
    expect(value.items[0]!.headline).to.equal('First');
    expect(value.items[0]!.datePublished).to.be.instanceOf(CalendarDate);
    expect(value.items[0]!.author).to.deep.equal([{ name: 'Ana' }]);
  });

  it(`keeps at most ${MAX_FEED_ITEMS} items`, () => {
    const items = Array.from({ length: 150 }, (_, i) => `<item><title>T${i}</title><link>https://news.example/${i}</link><pubDate>Thu, 11 Jul 2024 08:15:00 GMT</pubDate></item>`).join('');
    const { value, warnings } = expectOk(parse(`<rss version="2.0"><channel><title>Many</title>${items}</channel></rss>`));
    expect(value.items).to.have.length(MAX_FEED_ITEMS);
    expect(warnings).to.deep.equal([{ path: 'channel.item', message: `only the first ${MAX_FEED_ITEMS} items are kept` }]);
  });

  it('accepts an XML Document as it is', () => {
    const doc = new DOMParser().parseFromString(RSS, 'application/xml');
    expect(expectOk(parse(doc)).value.items).to.have.length(3);
  });
});

describe('parseFeed() — Atom 1.0', () => {
  it('maps link (the alternate HTML page), title, id, published / updated, content (as text), category, authors', () => {
    const { value, warnings } = expectOk(parse(ATOM));
    expect(warnings).to.deep.equal([]);
    expect(value.name).to.equal('Daring “Example”');
    const [show, updatedOnly] = value.items;
    expect(show).to.deep.include({
      id: 'tag:news.example,2017:/195',
      url: 'https://news.example/thetalkshow/195',
      headline: 'The Talk Show: ‘I Do Like Throwing a Baby’',
      description: 'New episode, with John Moltz.',
      articleSection: 'Podcasts',
      inLanguage: 'en',
    });
    expect(show!.datePublished!.toISOString()).to.equal('2017-06-27T00:54:17.000Z');
    expect(show!.dateModified!.toISOString()).to.equal('2017-06-27T02:00:00.000Z');
    // Entries without an author have the feed's.
    expect(show!.author).to.deep.equal([{ name: 'John Gruber' }]);
    expect(show!.image).to.deep.equal({ url: 'https://news.example/195.jpg', width: 120, height: 120 });
    // `updated` stands in for a missing `published`.
    expect(updatedOnly!.datePublished!.toISOString()).to.equal('2017-06-26T17:00:00.000Z');
    expect(updatedOnly).to.not.have.property('dateModified');
    expect(updatedOnly!.description).to.equal('Plain summary');
    expect(updatedOnly!.author).to.deep.equal([{ name: 'Guest Writer' }]);
  });
});

describe('parseFeed() — XML that is refused', () => {
  const REFUSED: Array<[string, string, RegExp | string]> = [
    ['text that is not markup', 'just words', NOT_FEED],
    ['malformed XML', '<rss><channel><item><title>Open</channel></rss>', /^is not well-formed XML \(.+\)$/],
    ['an HTML page', '<!doctype html><html><body><p>Not a feed</p></body></html>', /^(?:is not well-formed XML \(.+\)|expected an RSS or Atom document, got <html>)$/],
    ['another XML document', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', 'expected an RSS or Atom document, got <svg>'],
    [
      'entity expansion (billion laughs)',
      '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel><title>&b;</title></channel></rss>',
      'declares entities in a DTD, which are not read',
    ],
    [
      'an external entity',
      '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel><title>&xxe;</title></channel></rss>',
      'declares entities in a DTD, which are not read',
    ],
    ['a document over 1 MiB', `<rss><channel><title>${'x'.repeat(1_048_577)}</title></channel></rss>`, 'is larger than 1048576 bytes'],
  ];
  for (const [name, xml, message] of REFUSED) {
    it(`refuses ${name}, with the reason at $`, () => {
      const errors = expectErrors(parse(xml));
      expect(errors).to.have.length(1);
      expect(errors[0]!.path).to.equal('$');
      if (typeof message === 'string') expect(errors[0]!.message).to.equal(message);
      else expect(errors[0]!.message).to.match(message);
    });
  }

  it('fails a feed whose items are all unusable, with each item’s reason', () => {
    const errors = expectErrors(parse('<rss><channel><item><title>No link</title></item><item><link>https://news.example/x</link></item></channel></rss>'));
    expect(errors).to.deep.equal([
      { path: 'channel.item[0].link', message: 'is required' },
      { path: 'channel.item[1].title', message: 'is required' },
    ]);
  });
});
