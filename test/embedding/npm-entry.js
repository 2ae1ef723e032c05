// What an app's unbundled page does with the npm build: import one component's defining module.
import '/dist/article-card/news-article-card.js';
