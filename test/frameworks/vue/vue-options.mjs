// The options an app gives Vue's compiler, here for the tests' SFC compiler as a Vite app gives them
// to @vitejs/plugin-vue (docs/frameworks.md quotes it): without `isCustomElement` Vue takes each
// news-* tag for a component it cannot find and warns "Failed to resolve component".
// docs:start vue-options
export default {
  template: {
    compilerOptions: {
      isCustomElement: (tag) => tag.startsWith('news-'),
    },
  },
};
// docs:end vue-options
