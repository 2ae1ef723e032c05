import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/trending-list/news-trending-list.js';
import { NEVER_ANSWERS } from './support/never-answers.js';
import { feed, feedOf, rss } from './support/data.js';
import { frame, renderElement } from './support/render.js';

type Args = Record<string, unknown>;

const meta: Meta<Args> = {
  title: 'Components/Trending list',
  component: 'news-trending-list',
  args: { feed, 'time-zone': 'Europe/Copenhagen' },
  render: (args) => frame(420, renderElement('news-trending-list', args)),
};
export default meta;

type Story = StoryObj<Args>;

export const TenItems: Story = {};
export const OneItem: Story = { args: { feed: feedOf(1) } };
/** An empty feed: the heading and a polite "no stories" line. */
export const NoItems: Story = { args: { feed: feedOf(0) } };
export const WithThumbnails: Story = { args: { thumbnails: true, max: 5 } };
export const Dark: Story = { args: { theme: 'dark' } };
export const CustomHeading: Story = { args: { heading: 'Most read this week', 'headline-level': 3 } };
export const Loading: Story = { args: { feed: undefined, src: NEVER_ANSWERS } };
export const ErrorState: Story = {
  args: { feed: undefined },
  render: (args) => frame(420, renderElement('news-trending-list', args, { inline: '{"items": 7' })),
};
export const ErrorWithFallback: Story = {
  args: { feed: undefined },
  render: (args) =>
    frame(
      420,
      renderElement('news-trending-list', args, {
        inline: '{"items": 7',
        fallback: '<ol><li><a href="https://news.example/world/nato">NATO Accuses China of Aiding Russia\'s War Efforts</a></li></ol>',
      }),
    ),
};
/**
 * Fed by RSS 2.0, as most newsrooms already publish: `feed` set to the feed's text here; on a page,
 * `src` pointing at it (served as application/rss+xml, application/atom+xml or text/xml) or a
 * child `<script type="application/rss+xml">`. The same list as the JSON feed.
 */
export const RssFeed: Story = { args: { feed: rss, 'date-format': "MMM.dd - yyyy hh:mm a 'CET'" } };
/** An RSS feed whose items carry no date: the list is shown, without times. */
export const RssWithoutDates: Story = { args: { feed: rss.replace(/<pubDate>[^<]*<\/pubDate>/g, '') } };
