// Vue 3 mounting test/frameworks/vue/FrontPage.vue (compiled with the app's compiler options).
import { createApp, h, reactive } from 'vue';
import { frameworkContract } from './contract.js';
import FrontPage from './vue/FrontPage.vue';

frameworkContract('Vue 3', (target, props) => {
  const state = reactive({ ...props });
  const app = createApp({ render: () => h(FrontPage, { lead: state.lead, trending: state.trending }) });
  app.mount(target);
  return {
    setLead(lead) {
      state.lead = lead;
    },
    unmount: () => app.unmount(),
  };
});
