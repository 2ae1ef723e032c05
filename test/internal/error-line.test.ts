// The line each widget shows when its data is refused and the page gave no fallback content: it
// names what the reader is missing (the article, the stories, the photo, the byline), in the
// page's language, and no two widgets say the same.
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/article-card/news-article-card.js';
import '../../src/byline/news-byline.js';
import '../../src/photo-credit/news-photo-credit.js';
import '../../src/trending-list/news-trending-list.js';
import { visibleText, waitForState } from '../helpers.js';

type Lang = 'en' | 'ar' | 'da' | 'de' | 'es' | 'fr' | 'he';

const WIDGETS = {
  'news-article-card': {
    mount: (lang: Lang) => html`<news-article-card lang=${lang} .article=${{ headline: 'No address' }}></news-article-card>`,
    lines: {
      en: 'The article could not be shown.',
      ar: 'تعذّر عرض الخبر.',
      da: 'Artiklen kan ikke vises.',
      de: 'Der Artikel kann nicht angezeigt werden.',
      es: 'No se puede mostrar la noticia.',
      fr: 'L’article ne peut pas être affiché.',
      he: 'לא ניתן להציג את הכתבה.',
    },
  },
  'news-trending-list': {
    mount: (lang: Lang) => html`<news-trending-list lang=${lang} .feed=${{ items: 'nope' }}></news-trending-list>`,
    lines: {
      en: 'The stories could not be shown.',
      ar: 'تعذّر عرض قائمة الأخبار.',
      da: 'Listen over historier kan ikke vises.',
      de: 'Die Artikelliste kann nicht angezeigt werden.',
      es: 'No se puede mostrar la lista de noticias.',
      fr: 'La liste des articles ne peut pas être affichée.',
      he: 'לא ניתן להציג את רשימת הכתבות.',
    },
  },
  'news-photo-credit': {
    mount: (lang: Lang) => html`<news-photo-credit lang=${lang} .image=${{ caption: 'No address' }}></news-photo-credit>`,
    lines: {
      en: 'The photo could not be shown.',
      ar: 'تعذّر عرض الصورة.',
      da: 'Billedet kan ikke vises.',
      de: 'Das Foto kann nicht angezeigt werden.',
      es: 'No se puede mostrar la foto.',
      fr: 'La photo ne peut pas être affichée.',
      he: 'לא ניתן להציג את התמונה.',
    },
  },
  'news-byline': {
    mount: (lang: Lang) => html`<news-byline lang=${lang} .article=${{ headline: 'No address' }}></news-byline>`,
    lines: {
      en: 'The byline could not be shown.',
      ar: 'تعذّر عرض بيانات الكاتب.',
      da: 'Forfatteroplysningerne kan ikke vises.',
      de: 'Die Autorenzeile kann nicht angezeigt werden.',
      es: 'No se puede mostrar la firma.',
      fr: 'La signature ne peut pas être affichée.',
      he: 'לא ניתן להציג את פרטי הכותב.',
    },
  },
} as const;

/** The widget in its error state, once its language's words are there. */
async function errorLine(tag: keyof typeof WIDGETS, lang: Lang): Promise<string> {
  const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(WIDGETS[tag].mount(lang));
  await waitForState(el, 'error');
  await el.updateComplete; // waits for the language's chunk too
  expect(el.shadowRoot!.querySelector('[part="error"]'), `<${tag} lang="${lang}"> error line`).to.exist;
  return visibleText(el);
}

describe('error line', () => {
  for (const [tag, { lines }] of Object.entries(WIDGETS) as [keyof typeof WIDGETS, (typeof WIDGETS)[keyof typeof WIDGETS]][]) {
    it(`<${tag}> names what is missing, in English and in each language with words of its own`, async () => {
      for (const [lang, line] of Object.entries(lines) as [Lang, string][]) {
        expect(await errorLine(tag, lang), `lang="${lang}"`).to.equal(line);
      }
    });
  }

  it('differs from widget to widget in every language', () => {
    for (const lang of Object.keys(WIDGETS['news-byline'].lines) as Lang[]) {
      const all = Object.values(WIDGETS).map(({ lines }) => lines[lang]);
      expect(new Set(all).size, lang).to.equal(all.length);
    }
  });
});

// The widgets' own text keeps to the tokens whatever the page sets; the publisher's fallback
// content is part of the page and keeps the page's look.
describe('fallback content keeps the page’s look', () => {
  for (const tag of Object.keys(WIDGETS)) {
    it(`<${tag}> shows its fallback in the page's font, size and colour`, async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="font: italic 19px monospace; color: rgb(10, 120, 30); letter-spacing: 2px; text-transform: uppercase"></div>`,
      );
      wrap.innerHTML = `<${tag} src="/nowhere/${tag}.json"><p class="fallback">Read the story on our site</p></${tag}>`;
      const el = wrap.firstElementChild as HTMLElement & { state: string };
      await waitForState(el, 'error');
      const p = el.querySelector('.fallback')!;
      const style = getComputedStyle(p);
      expect(p.getBoundingClientRect().height, 'the fallback is shown').to.be.greaterThan(0);
      expect([style.fontFamily, style.fontSize, style.fontStyle, style.color, style.letterSpacing, style.textTransform]).to.deep.equal([
        'monospace',
        '19px',
        'italic',
        'rgb(10, 120, 30)',
        '2px',
        'uppercase',
      ]);
    });
  }
});
