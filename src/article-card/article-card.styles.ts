import { css } from 'lit';

/*
 * Layouts answer to the card's own width (container queries on the frame), never the viewport's:
 * the same card sits in a 300 px sidebar and a 1200 px lead slot on one page.
 */
export const articleCardStyles = css`
  .root {
    container: card / inline-size;
  }
  /* A container has no content width of its own. So that a shrink-to-fit host (table,
     inline-flex …) still takes its column rather than collapsing to nothing, this line of short
     words gives the frame a narrow min-content and a wide (~640 px) max-content. */
  .frame::before {
    content: 'x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x';
    display: block;
    height: 0;
    overflow: hidden;
    visibility: hidden;
    font: 10px/0 monospace;
    white-space: normal;
    word-spacing: normal;
    letter-spacing: normal;
  }
  .card {
    --_crop: var(--_image-aspect-ratio);
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
    text-wrap: balance;
  }
  /* A readable measure however wide the card is. */
  .heading,
  .description {
    max-width: 36em;
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
    align-items: flex-start;
    gap: 0 0.5em;
    font-size: var(--_small-font-size);
    line-height: var(--_line-height);
  }
  .reading::before {
    content: '·' / '';
    margin-inline-end: 0.5em;
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
    border-radius: calc(var(--_radius) / 2);
    font-size: var(--_small-font-size);
    font-weight: 700;
  }
  .breaking {
    color: var(--_color-on-accent);
    background: var(--_color-accent);
    border-color: var(--_color-accent);
  }
  /* Live: a dot that pulses (still for reduced motion); Breaking is the filled one. */
  .live::before {
    content: '';
    display: inline-block;
    width: 0.55em;
    height: 0.55em;
    margin-inline-end: 0.4em;
    border-radius: 50%;
    background: var(--_color-accent);
    animation: news-pulse 1.4s ease-in-out infinite;
  }
  /* Paid content must read as advertising: its own colour and shape, never the editorial look. */
  .sponsored {
    color: var(--_color-text);
    background: var(--_color-sponsored);
    border: 1px dashed var(--_color-text);
    border-radius: 0;
    font-weight: 400;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  news-byline,
  news-photo-credit {
    --news-byline-color-surface: transparent;
    --news-credit-color-surface: transparent;
    --news-byline-inset: 0;
    --news-credit-inset: 0;
    /* From .card: the card's crop, resolved where the card's tokens are (not on the child). */
    --news-credit-image-aspect-ratio: var(--_crop);
  }
  /* The credit sits on the photo's corner, so it does not push the headline down. */
  :not(.compact) > .media::part(caption-area) {
    position: absolute;
    top: 0;
    inset-inline-end: 0;
    margin: 0;
    padding: 2px 6px;
    color: #ffffff;
    background: rgba(0, 0, 0, 0.75);
    border-start-end-radius: var(--_radius);
  }
  /* On an overlay card the text may reach the top: the credit keeps to one line, without the
     copyright and licence (the other layouts show them), so it never runs into the labels. */
  .overlay .media::part(caption-area) {
    max-width: 100%;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .overlay .media::part(copyright),
  .overlay .media::part(license) {
    display: none;
  }

  /* Layouts with a photo fall back to stacked without one (the template says which), so the text
     always has the full width. Horizontal: photo beside the text only while the text keeps a
     readable column; stacked below that. */
  @container card (min-width: 520px) {
    .horizontal {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      align-items: start;
    }
  }
  @container card (min-width: 640px) {
    .stacked .heading,
    .overlay .heading {
      font-size: calc(var(--_headline-font-size) * 1.25);
    }
  }
  /* Compact: a thumbnail that grows a little with the card. */
  .compact {
    display: flex;
    align-items: start;
  }
  .compact .body {
    flex: 1;
  }
  .compact .media {
    order: 2;
    flex: 0 0 clamp(88px, 22cqi, 180px);
  }
  .compact .heading {
    font-size: var(--_font-size);
  }
  .compact .media::part(caption-area) {
    font-size: 11px;
  }
  /* Overlay: the photo fills the card (at least its crop shape); the text sits on a scrim opaque
     enough under every line for white text on a white photo, fading in above the first line. */
  .overlay {
    aspect-ratio: var(--_image-aspect-ratio);
  }
  .overlay .media {
    position: absolute;
    inset: 0;
    z-index: -1;
  }
  .overlay .body {
    align-self: end;
    padding: calc(var(--_space) * 3) var(--_space) var(--_space);
    background: linear-gradient(to top, rgba(0, 0, 0, 0.8) calc(100% - var(--_space) * 2.5), transparent);
    border-end-start-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
    --_color-text: #ffffff;
    --_color-muted: #e6e6e6;
    --news-byline-color-text: #ffffff;
    --news-byline-color-muted: #e6e6e6;
    color: #ffffff;
  }
  /* On a narrow overlay card the description would cover the whole photo. */
  @container card (max-width: 419px) {
    .overlay .description {
      display: none;
    }
  }
  .overlay .kicker {
    color: #ffffff;
  }
  .overlay .label {
    border-color: currentColor;
  }
  .overlay .sponsored {
    color: #1a1a1a;
    background: #fbeaa7;
  }

  .skeleton.media {
    aspect-ratio: var(--_image-aspect-ratio);
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
