import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/byline/news-byline.js';
import { NEVER_ANSWERS } from './support/never-answers.js';
import { html } from 'lit';
import { arabic, datesAsWritten, fourAuthors, german, seed, updated, yoastGraph } from './support/data.js';
import { frame, renderElement } from './support/render.js';

type Args = Record<string, unknown>;

const meta: Meta<Args> = {
  title: 'Components/Byline',
  component: 'news-byline',
  args: { article: seed, 'time-zone': 'Europe/Copenhagen' },
  render: (args) => frame(640, renderElement('news-byline', args)),
};
export default meta;

type Story = StoryObj<Args>;

/** The seed page: "Written by Kathrine Frich · Jul.11 - 2024 10:15 AM CET". */
export const SeedArticle: Story = { args: { 'lead-in': 'Written by', 'date-format': "MMM.dd - yyyy hh:mm a 'CET'" } };
export const TwoAuthors: Story = {
  args: { article: { ...fourAuthors, author: (fourAuthors.author as unknown[]).slice(0, 2) } },
};
export const FourAuthors: Story = { args: { article: fourAuthors } };
export const WithUpdate: Story = { args: { article: updated } };
export const AlwaysRelative: Story = { args: { relative: 'always' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const RightToLeft: Story = { args: { article: arabic, lang: 'ar' } };
export const German: Story = { args: { article: german, lang: 'de' } };
export const Loading: Story = { args: { article: undefined, src: NEVER_ANSWERS } };
export const ErrorWithFallback: Story = {
  args: { article: undefined },
  render: (args) => frame(640, renderElement('news-byline', args, { inline: '[', fallback: '<span>Written by Kathrine Frich</span>' })),
};
/**
 * The date policy: the same article with its date written six ways publishers write it. Each
 * byline has `time-zone="Europe/Copenhagen"`; a day without a time shows as a date.
 */
export const DatesAsPublishersWriteThem: Story = {
  args: { relative: 'never' },
  render: (args) =>
    frame(
      640,
      html`<dl>
        ${datesAsWritten.map(
          ({ form, article }) => html`<dt style="font: 13px/1.4 system-ui; color: #595959; margin-top: 12px">${form}: <code>${String(article['datePublished'])}</code></dt>
            <dd style="margin: 4px 0 0">${renderElement('news-byline', { ...args, article })}</dd>`,
        )}
      </dl>`,
    ),
};
/** A Yoast @graph: the author its @id names, with the "By" in the data's name not repeated. */
export const JsonLdGraph: Story = { args: { article: yoastGraph, 'date-format': "MMM.dd - yyyy hh:mm a 'CET'" } };
