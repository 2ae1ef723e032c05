import { css } from 'lit';

export const articleCardStyles = css`
  .card {
    position: relative;
    isolation: isolate;
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    min-width: 0;
  }
  .kicker {
    margin: 0;
    color: var(--_color-accent);
    font-size: var(--_small-font-size);
    font-weight: 700;
    letter-spacing: 0.02em;
    text-transform: uppercase;
  }
  .heading {
    margin: 0;
    font-family: var(--_headline-font-family);
    font-size: var(--_headline-font-size);
    font-weight: var(--_headline-font-weight);
    line-height: 1.2;
  }
  /* The headline link covers the whole card: one link, one tab stop, the card is clickable. */
  .link::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .card:hover .link {
    text-decoration: underline;
  }
  .description {
    margin: 0;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.75em;
  }
  .labels {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .label {
    padding: 0.1em 0.5em;
    border: 1px solid var(--_color-border);
    border-radius: 4px;
    font-size: var(--_small-font-size);
    font-weight: 700;
  }
  .label.live,
  .label.breaking {
    color: var(--_color-on-accent);
    background: var(--_color-accent);
    border-color: var(--_color-accent);
  }
  news-byline,
  news-photo-credit {
    --news-byline-color-surface: transparent;
    --news-credit-color-surface: transparent;
  }

  /* Layouts */
  .horizontal {
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    align-items: start;
  }
  .compact {
    grid-template-columns: minmax(0, 1fr) 96px;
    align-items: start;
  }
  .compact .media {
    order: 2;
  }
  .compact .heading {
    font-size: var(--_font-size);
  }
  .overlay {
    color: #ffffff;
  }
  .overlay .media,
  .overlay .body {
    grid-area: 1 / 1;
  }
  /* Behind the text: the photo credit positions its figure, which would otherwise paint on top. */
  .overlay .media {
    position: relative;
    z-index: -1;
  }
  .overlay .body {
    align-self: end;
    padding: var(--_space);
    background: linear-gradient(to top, rgba(0, 0, 0, 0.85) 60%, rgba(0, 0, 0, 0));
    border-end-start-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
    --news-byline-color-text: #ffffff;
    --news-byline-color-muted: #e6e6e6;
  }
  .overlay .kicker {
    color: #ffffff;
  }

  .skeleton.media {
    aspect-ratio: 16 / 9;
    border-radius: var(--_radius);
  }
  .skeleton.line {
    height: 1em;
  }
  .w30 {
    width: 30%;
  }
  .w50 {
    width: 50%;
  }
  .w80 {
    width: 80%;
  }
  .skeleton.headline {
    height: 1.6em;
    width: 90%;
  }
`;

/* Overlay cards put the credit in the photo's top corner, clear of the text scrim. */
export const overlayCreditStyles = css`
  .overlay news-photo-credit::part(caption-area) {
    position: absolute;
    top: 0;
    inset-inline-end: 0;
    bottom: auto;
    margin: 0;
    padding: 2px 6px;
    color: #ffffff;
    background: rgba(0, 0, 0, 0.72);
    border-start-end-radius: var(--_radius);
  }
`;
