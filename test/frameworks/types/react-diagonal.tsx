// One wrong attribute, for the type test to read tsc's own words about it.
import 'news-widgets/react';

export const card = <news-article-card layout="diagonal" />;
