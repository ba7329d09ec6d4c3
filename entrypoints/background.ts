import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wiring for storage and messaging arrives with the rulebook store.
});
