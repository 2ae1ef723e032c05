// An Angular front page as an app writes it (docs/frameworks.md quotes it): the lead article in a
// card, a trending list beside it, state that changes the card's layout, and clicks counted.
// docs:start angular
import { Component, CUSTOM_ELEMENTS_SCHEMA, Input, signal } from '@angular/core';
import 'news-widgets/angular'; // defines the tags
import type { Article, NewsEventOf } from 'news-widgets/angular';

@Component({
  selector: 'app-front-page',
  // Lets the template use the news-* tags, bind their properties and listen to their events.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <news-article-card
        [article]="lead"
        [layout]="compact() ? 'compact' : 'horizontal'"
        lead-in="Written by"
        time-zone="Europe/Copenhagen"
        (news-click)="onRead($event)"
      ></news-article-card>
      <news-trending-list [feed]="trending" [max]="3" heading="Trending Now" (news-click)="onRead($event)"></news-trending-list>
      <button type="button" (click)="compact.set(!compact())">Compact</button>
      <output>{{ read().join(' | ') }}</output>
    </main>
  `,
})
export class FrontPageComponent {
  @Input({ required: true }) lead!: Article;
  @Input({ required: true }) trending!: Article[];
  readonly compact = signal(false);
  readonly read = signal<string[]>([]);

  onRead({ detail }: NewsEventOf<'news-article-card', 'news-click'>) {
    this.read.update((list) => [...list, `${detail.position}: ${detail.article.headline}`]);
  }
}
// docs:end angular
