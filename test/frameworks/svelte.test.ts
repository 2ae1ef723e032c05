// Svelte 5 mounting test/frameworks/svelte/FrontPage.svelte.
import { flushSync } from 'svelte';
import { frameworkContract } from './contract.js';
import { mountFrontPage } from './svelte/mount.svelte.js';

frameworkContract('Svelte 5', (target, props) => {
  const app = mountFrontPage(target, props);
  flushSync();
  return {
    setLead(lead) {
      app.setLead(lead);
      flushSync();
    },
    unmount: () => app.unmount(),
  };
});
