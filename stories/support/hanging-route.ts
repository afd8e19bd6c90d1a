/** A feed URL that never answers, so the Loading stories stay loading in a static build too. */
export const HANGING_FEED = '/__storybook/never-answers.json';

/** Makes fetches of HANGING_FEED wait forever (until aborted). Everything else goes to the network. */
export function installHangingRoute(): void {
  const fetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.endsWith(HANGING_FEED)) return fetch(input, init);
    return new Promise((_, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
    });
  };
}
