// Svelte 5 mounts FrontPage with props held in a $state, so that the test can change them.
import { mount, unmount } from 'svelte';
import FrontPage from './FrontPage.svelte';

export function mountFrontPage(target, initial) {
  const props = $state({ ...initial });
  const component = mount(FrontPage, { target, props });
  return {
    setLead(lead) {
      props.lead = lead;
    },
    unmount: () => unmount(component),
  };
}
