/** A feed URL that never answers, so the Loading stories stay loading in a static build too. */
export const HANGING_FEED = '/__storybook/never-answers.json';

/** Subscription endpoints that answer as the spec describes, for the form's stories. */
export const SUBSCRIBE = {
  pending: '/__storybook/subscribe/pending',
  success: '/__storybook/subscribe/success',
  exists: '/__storybook/subscribe/exists',
  invalid: '/__storybook/subscribe/invalid',
  limited: '/__storybook/subscribe/limited',
  server: '/__storybook/subscribe/server',
  hanging: '/__storybook/subscribe/hanging',
};

const answers: Record<string, () => Response> = {
  [SUBSCRIBE.pending]: () => Response.json({ status: 'pending' }, { status: 202 }),
  [SUBSCRIBE.success]: () => Response.json({ status: 'subscribed' }, { status: 201 }),
  [SUBSCRIBE.exists]: () => Response.json({ status: 'exists' }, { status: 409 }),
  [SUBSCRIBE.invalid]: () => Response.json({ errors: { email: 'Этот домен не принимает почту.' } }, { status: 422 }),
  [SUBSCRIBE.limited]: () => Response.json({}, { status: 429, headers: { 'Retry-After': '120' } }),
  [SUBSCRIBE.server]: () => Response.json({}, { status: 500 }),
};

/** Feeds that fail with a 404 the first time and answer after, so Retry can be tried for real. */
export const failsOnce = (name: string, feed: string) => `/__storybook/fails-once/${name}${feed}`;
const failed = new Set<string>();

/**
 * Storybook has no server of ours: this answers the story URLs above in the preview (the network
 * edge, as the tests' server routes do). Everything else goes to the network.
 */
export function installStoryRoutes(): void {
  const fetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const path = new URL(input instanceof Request ? input.url : String(input), location.href).pathname;
    const answer = answers[path];
    if (answer) return Promise.resolve(answer());
    const once = /^\/__storybook\/fails-once\/[\w-]+(\/.*)$/.exec(path);
    if (once) {
      if (failed.has(path)) return fetch(once[1], init);
      failed.add(path);
      return Promise.resolve(Response.json({ error: 'not yet' }, { status: 404 }));
    }
    if (path !== HANGING_FEED && path !== SUBSCRIBE.hanging) return fetch(input, init);
    return new Promise((_, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
    });
  };
}
