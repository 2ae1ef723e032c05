import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/article-card/news-article-card.js';
import '../src/trending-list/news-trending-list.js';
import {
  arabicEdition,
  hebrew,
  hindi,
  japanese,
  korean,
  marathi,
  portuguese,
  russian,
  traditionalChinese,
  type Edition,
} from './support/languages.js';
import { frame, renderElement } from './support/render.js';

type Args = Record<string, unknown>;

/**
 * Each edition inside a `<div lang="…">`, as a publisher's page in that language: its lead story as
 * a card beside its trending list. Nothing but `lang` tells the widgets the language: the words,
 * the direction, the digits and the dates all follow it.
 */
const editions = ({ editions: list, layout, ...shared }: Args) =>
  html`${(list as Edition[]).map(
    ({ lang, article, feed }) => html`<p style="font: 600 12px system-ui; color: #555; margin: 16px 0 4px">lang="${lang}"</p>
      <div lang=${lang} style="display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 24px; align-items: start; max-width: 1040px">
        ${frame(640, renderElement('news-article-card', { ...shared, layout, article }))}
        ${frame(420, renderElement('news-trending-list', { ...shared, feed }))}
      </div>`,
  )}`;

const meta: Meta<Args> = {
  title: 'Design/Languages',
  args: { layout: 'stacked', 'time-zone': 'UTC' },
  render: editions,
};
export default meta;

type Story = StoryObj<Args>;

/**
 * Latin script (Brazilian Portuguese): accented letters (Ú, ç, ã) inside the line height, long
 * words wrapping in the trending list, and the Portuguese words and dates.
 */
export const Latin: Story = {
  args: { editions: [portuguese] },
  parameters: { docs: { description: { story: 'Look at: accented letters (Ú, ç, ã) within the line height, long words wrapping in the trending list, the dates as Brazilian Portuguese writes them and the built-in words (Por, Atualizado, the label Ao vivo).' } } },
};

/** Cyrillic (Russian): longer words than English in the same width, and the Russian words and dates. */
export const Cyrillic: Story = {
  args: { editions: [russian] },
  parameters: {
    docs: { description: { story: 'Look at: long Russian words wrapping in the headlines without overflow, the label "Срочно", the reading time («мин чтения») and the month names in the dates.' } },
  },
};

/**
 * Arabic: the card and the list mirrored from `lang` alone, Eastern Arabic digits (١٢٣), and the
 * Latin name "Kathrine Frich" kept whole and in its own order inside the Arabic byline.
 */
export const Arabic: Story = {
  args: { editions: [arabicEdition] },
  parameters: {
    docs: {
      description: {
        story:
          'Look at: mirroring (kicker, label, byline and ranks start on the right, from `lang` alone), Eastern Arabic digits (١٢٣) in the dates, reading time and ranks, the Latin name "Kathrine Frich" isolated in the Arabic byline (the separator between the names stays where it belongs), and "F-16" inside an Arabic headline.',
      },
    },
  },
};

/** Hebrew: mirrored like Arabic, but with Latin digits, as Hebrew newsrooms write them. */
export const Hebrew: Story = {
  args: { editions: [hebrew] },
  parameters: {
    docs: {
      description: {
        story:
          'Look at: mirroring with Latin digits (Hebrew newsrooms use 0–9), the gershayim in נאט״ו, the Latin name "Kathrine Frich" isolated in the byline, and "F-16" and "75" reading in the right order inside Hebrew sentences.',
      },
    },
  },
};

/**
 * Devanagari: Hindi with Latin digits, as most Hindi newsrooms write them, and Marathi with
 * Devanagari digits (१२३); the conjuncts and the headstroke (शिरोरेखा) keep room above and below.
 */
export const Devanagari: Story = {
  args: { editions: [hindi, marathi] },
  parameters: {
    docs: {
      description: {
        story:
          'Look at: Hindi with Latin digits against Marathi with Devanagari digits (१२३) in the dates, reading time and ranks; vowel signs above and below the headstroke not clipped by the line height; line breaks only between words.',
      },
    },
  },
};

/**
 * CJK: Japanese, Traditional Chinese (as Taiwanese sites write it: 文／, 快訊) and Korean, where
 * lines break without spaces (Japanese, Chinese) or at the browser's choice (Korean).
 */
export const CJK: Story = {
  args: { editions: [japanese, traditionalChinese, korean] },
  parameters: {
    docs: {
      description: {
        story:
          'Look at: line breaking (Japanese and Chinese between characters, never with 、。 at the start of a line; Korean, where the browser may break inside a word), the year-month-day dates, the Traditional Chinese byline "文／" and label "快訊", and the kickers and labels, which have no capitals to letter-space.',
      },
    },
  },
};
