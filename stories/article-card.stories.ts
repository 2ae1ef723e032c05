import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/article-card/news-article-card.js';
import { NEVER_ANSWERS } from './support/never-answers.js';
import { arabic, fourAuthors, german, longHeadline, minimal, noImage, seed, withLabel, yoastGraph } from './support/data.js';
import { frame, renderElement } from './support/render.js';

type Args = Record<string, unknown>;

const meta: Meta<Args> = {
  title: 'Components/Article card',
  component: 'news-article-card',
  args: { article: seed, layout: 'stacked', 'lead-in': 'Written by', 'time-zone': 'Europe/Copenhagen' },
  render: (args) => frame(640, renderElement('news-article-card', args)),
};
export default meta;

type Story = StoryObj<Args>;

/** The seed article with its house style: "Written by" and the CET timestamp pattern. */
export const SeedArticle: Story = { args: { 'date-format': "MMM.dd - yyyy hh:mm a 'CET'" } };
export const Minimal: Story = { args: { article: minimal, 'lead-in': undefined } };
export const LongHeadline: Story = { args: { article: longHeadline } };
export const NoImage: Story = { args: { article: noImage } };
export const FourAuthors: Story = { args: { article: fourAuthors } };
export const LabelLive: Story = { args: { article: withLabel('live') } };
export const LabelBreaking: Story = { args: { article: withLabel('breaking') } };
export const LabelOpinion: Story = { args: { article: withLabel('opinion') } };
export const LabelAnalysis: Story = { args: { article: withLabel('analysis') } };
export const LabelSponsored: Story = { args: { article: withLabel('sponsored') } };
export const Dark: Story = { args: { theme: 'dark' } };
export const RightToLeft: Story = { args: { article: arabic, lang: 'ar', 'lead-in': undefined } };
export const German: Story = { args: { article: german, lang: 'de', 'lead-in': undefined } };
export const LayoutStacked: Story = { args: { layout: 'stacked' } };
export const LayoutHorizontal: Story = { args: { layout: 'horizontal' } };
export const LayoutOverlay: Story = { args: { layout: 'overlay' } };
export const LayoutCompact: Story = { args: { layout: 'compact' } };
/** A `src` that never answers: the skeleton keeps the card's size. */
export const Loading: Story = { args: { article: undefined, src: NEVER_ANSWERS } };
/** Bad inline JSON and no fallback content: a short, polite line. */
export const ErrorState: Story = {
  args: { article: undefined },
  render: (args) => frame(640, renderElement('news-article-card', args, { inline: '{"headline": "unterminated' })),
};
/** Bad inline JSON with the publisher's plain link as fallback: the link stays. */
export const ErrorWithFallback: Story = {
  args: { article: undefined },
  render: (args) =>
    frame(
      640,
      renderElement('news-article-card', args, {
        inline: '{"headline": "unterminated',
        fallback: `<a href="https://news.example/world/nato">NATO Accuses China of Aiding Russia's War Efforts</a>`,
      }),
    ),
};
/** The seed as a Yoast @graph (references by @id, HTML references in the text): the same card. */
export const JsonLdGraph: Story = { args: { article: yoastGraph, 'date-format': "MMM.dd - yyyy hh:mm a 'CET'" } };
