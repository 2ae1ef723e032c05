// A React 19 front page as an app writes it (docs/frameworks.md quotes it): the lead article in a
// card, a trending list beside it, state that changes the card's layout, and clicks counted.
// docs:start react
import { useState } from 'react';
import 'news-widgets/react'; // defines the tags and types them in JSX
import type { Article, NewsItemDetail } from 'news-widgets/react';

export function FrontPage({ lead, trending }: { lead: Article; trending: Article[] }) {
  const [compact, setCompact] = useState(false);
  const [read, setRead] = useState<string[]>([]);
  const onRead = ({ detail }: CustomEvent<NewsItemDetail>) => setRead((list) => [...list, `${detail.position}: ${detail.article.headline}`]);

  return (
    <main>
      <news-article-card
        article={lead}
        layout={compact ? 'compact' : 'horizontal'}
        lead-in="Written by"
        time-zone="Europe/Copenhagen"
        onnews-click={onRead}
      />
      <news-trending-list feed={trending} max={3} heading="Trending Now" onnews-click={onRead} />
      <button type="button" onClick={() => setCompact((on) => !on)}>
        Compact
      </button>
      <output>{read.join(' | ')}</output>
    </main>
  );
}
// docs:end react
