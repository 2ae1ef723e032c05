// What every framework must do with the widgets, the same checks for each (react, vue, svelte and
// angular .test.ts mount their framework's FrontPage and hand it here): the framework's state
// reaches the elements as properties (not as "[object Object]" attributes), prop and state changes
// update them, each click fires the app's handler once with a typed detail, and unmounting leaves
// no element, ticking clock or visibility watcher behind.
import { expect } from '@open-wc/testing';
import { parseArticle, type Article } from '../../src/article/index.js';
import { impressionWatchCount } from '../../src/internal/impressions.js';
import { watchedCount } from '../../src/internal/visibility.js';
import { tickingCount } from '../../src/time/ticker.js';
import { visibleText, waitForState } from '../helpers.js';
import { waitFor } from '../hardening/support.js';
import seedJson from '../fixtures/seed-article.json' with { type: 'json' };
import feedJson from '../fixtures/trending-feed.json' with { type: 'json' };

export interface MountedApp {
  /** Gives the FrontPage a new `lead` prop, the framework's way. */
  setLead(article: Article): void;
  /** Unmounts the app, the framework's way. */
  unmount(): void | Promise<void>;
}

export type Mount = (target: HTMLElement, props: { lead: Article; trending: Article[] }) => MountedApp | Promise<MountedApp>;

const parsed = (json: unknown): Article => {
  const result = parseArticle(json, { baseUrl: new URL('../fixtures/seed-article.json', import.meta.url).href });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
};

/** The trending feed's items, parsed. */
export const trending = (feedJson as { items: unknown[] }).items.map(parsed);

export function frameworkContract(framework: string, mount: Mount): void {
  describe(`${framework}: the widgets in an app`, () => {
    const lead = parsed(seedJson);
    const second = parsed({ ...seedJson, headline: 'Second lead: the summit closes', url: 'https://news.example/world/summit-closes' });
    let target: HTMLElement;
    let app: MountedApp | undefined;
    let baseline: { ticking: number; watched: number; impressions: number };
    let warnings: string[];
    let restoreConsole: () => void;

    const card = () => target.querySelector('news-article-card')!;
    const list = () => target.querySelector('news-trending-list')!;
    const output = () => target.querySelector('output')!;
    // The headline's link, with the navigation cancelled: the test page stays where it is.
    const follow = (link: HTMLAnchorElement) => {
      link.addEventListener('click', (event) => event.preventDefault(), { once: true });
      link.click();
    };

    beforeEach(async () => {
      // The framework's own warnings (Vue's "Failed to resolve component", React's unknown props…).
      warnings = [];
      const { warn, error } = console;
      console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      console.error = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      restoreConsole = () => Object.assign(console, { warn, error });
      baseline = { ticking: tickingCount(), watched: watchedCount(), impressions: impressionWatchCount() };
      target = document.createElement('div');
      document.body.append(target);
      app = await mount(target, { lead, trending });
      await waitFor(() => Boolean(card() && list()), `${framework} to render the FrontPage`);
      await waitForState(card(), 'ready');
      await waitForState(list(), 'ready');
    });

    afterEach(async () => {
      restoreConsole();
      await app?.unmount();
      app = undefined;
      target.remove();
    });

    it('passes the article and the feed as properties, and attributes as attributes', () => {
      expect(warnings, 'warnings while mounting').to.deep.equal([]);
      // Equal, not identical: Vue hands over its reactive proxy of the (unfrozen) feed array.
      expect(card().article).to.deep.equal(lead);
      expect(list().feed).to.deep.equal(trending);
      expect(card().hasAttribute('article')).to.equal(false);
      expect(list().hasAttribute('feed')).to.equal(false);
      expect(card().getAttribute('lead-in')).to.equal('Written by');
      expect(card().layout).to.equal('horizontal');
      expect(list().max).to.equal(3);
      expect(visibleText(card())).to.contain("NATO Accuses China of Aiding Russia's War Efforts");
      expect(visibleText(card())).to.contain('Written by Kathrine Frich');
      expect(visibleText(card())).to.contain('Jul 11, 2024, 10:15 AM');
      expect(visibleText(list())).to.contain('Trending Now');
      expect(list().shadowRoot!.querySelectorAll('li')).to.have.length(3);
    });

    it('follows prop changes and state changes', async () => {
      app!.setLead(second);
      // A framework may hand over its own copy of the object (Svelte's $state).
      await waitFor(() => (card().article as Article).headline === second.headline, 'the new lead to reach the card');
      await waitForState(card(), 'ready');
      expect(visibleText(card())).to.contain('Second lead: the summit closes');
      expect(visibleText(card())).not.to.contain('NATO Accuses China');

      target.querySelector('button')!.click();
      await waitFor(() => card().layout === 'compact', 'the layout state to reach the card');
      await card().updateComplete;
      expect(card().getAttribute('layout')).to.equal('compact');
      target.querySelector('button')!.click();
      await waitFor(() => card().layout === 'horizontal', 'the layout to toggle back');
    });

    it('calls the news-click handler once per click, with the typed detail', async () => {
      follow(card().shadowRoot!.querySelector<HTMLAnchorElement>('a[href]')!);
      await waitFor(() => output().textContent !== '', 'the handler to update the app');
      expect(output().textContent).to.equal("1: NATO Accuses China of Aiding Russia's War Efforts");

      const links = list().shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href]');
      follow(links[1]!);
      await waitFor(() => output().textContent!.includes(' | '), 'the second click to reach the app');
      expect(output().textContent).to.equal(`1: NATO Accuses China of Aiding Russia's War Efforts | 2: ${trending[1]!.headline}`);
    });

    it('unmounts without leaving elements, clocks or watchers behind', async () => {
      // An article of an hour ago: its relative time ticks while it is on the page.
      app!.setLead(parsed({ ...seedJson, datePublished: new Date(Date.now() - 3600_000).toISOString() }));
      await waitFor(() => tickingCount() > baseline.ticking, 'the relative time to start ticking');
      // The card and each list item are watched for their impressions while they are on the page.
      expect(impressionWatchCount()).to.be.above(baseline.impressions);
      const elements = [card(), list(), ...card().shadowRoot!.querySelectorAll('news-byline, news-photo-credit')];
      await app!.unmount();
      app = undefined;
      expect(target.querySelector('news-article-card, news-trending-list')).to.equal(null);
      for (const el of elements) expect(el.isConnected, `${el.localName} is still on the page`).to.equal(false);
      expect(tickingCount()).to.equal(baseline.ticking);
      expect(watchedCount()).to.equal(baseline.watched);
      expect(impressionWatchCount()).to.equal(baseline.impressions);
    });
  });
}
