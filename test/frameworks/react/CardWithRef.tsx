// The pattern for React 18 (and any React): properties and listeners through a ref. React 18 sets
// every JSX prop of a custom element as an attribute, so `article={…}` would arrive as the text
// "[object Object]" and `onnews-click` would never be called. docs/frameworks.md quotes it; the
// tests run it in React 19, with nothing React 18 lacks.
// docs:start react-ref
import { useEffect, useRef } from 'react';
import 'news-widgets/react';
import type { Article, NewsArticleCard, NewsItemDetail } from 'news-widgets/react';

export function CardWithRef({ article, onRead }: { article: Article; onRead: (detail: NewsItemDetail) => void }) {
  const ref = useRef<NewsArticleCard>(null);

  useEffect(() => {
    ref.current!.article = article;
  }, [article]);

  useEffect(() => {
    const card = ref.current!;
    const listener = (event: CustomEvent<NewsItemDetail>) => onRead(event.detail);
    card.addEventListener('news-click', listener);
    return () => card.removeEventListener('news-click', listener);
  }, [onRead]);

  return <news-article-card ref={ref} layout="compact" />;
}
// docs:end react-ref
