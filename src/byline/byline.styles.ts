import { css } from 'lit';

export const bylineStyles = css`
  .byline {
    margin: 0;
    font-size: var(--_small-font-size);
    color: var(--_color-muted);
  }
  .authors {
    color: var(--_color-text);
  }
  .author {
    font-weight: 600;
  }
  /* Above a card's full-size headline link, so author pages stay reachable. */
  a {
    position: relative;
    z-index: 1;
  }
  .times {
    display: inline;
  }
  .sep {
    margin-inline: 0.15em;
    color: var(--_color-muted);
  }
  /*
   * Fallback children are the publisher's own markup, styled for their page: show them as the page
   * would (its colours and font, no themed surface). A dark surface behind a page-styled link made
   * it unreadable (#0000ee on #121212).
   */
  .root:has(> slot) {
    background: transparent;
    color: inherit;
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    text-align: inherit;
    text-transform: inherit;
  }
  .skeleton.line {
    height: 0.9em;
    width: 60%;
  }
`;
