// Angular (zoneless, compiled just in time in the browser) bootstrapping
// test/frameworks/angular/front-page.component.ts.
import '@angular/compiler';
import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { frameworkContract } from './contract.js';
import { FrontPageComponent } from './angular/front-page.component.js';

frameworkContract('Angular', async (target, props) => {
  const host = document.createElement('app-front-page');
  target.append(host);
  const app = await bootstrapApplication(FrontPageComponent, { providers: [provideZonelessChangeDetection()] }).catch((error) => {
    host.remove();
    throw error;
  });
  const page = app.components[0]!;
  page.setInput('lead', props.lead);
  page.setInput('trending', props.trending);
  app.tick();
  return {
    setLead(lead) {
      page.setInput('lead', lead);
    },
    unmount: () => app.destroy(),
  };
});
