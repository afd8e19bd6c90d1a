// `npm start`: serves the demo partner page on localhost, with the sample feeds.
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { createSubscribeHandler } from './subscribe-api.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const port = Number(process.env.PORT ?? 8080);

const server = await createServer({
  root,
  configFile: false,
  publicDir: false,
  server: { port, strictPort: true, host: process.env.HOST ?? 'localhost' },
  appType: 'mpa',
  plugins: [
    {
      // A real endpoint for <subscribe-form>: addresses are stored in demo/.data/ (ignored by git).
      name: 'subscribe-endpoint',
      configureServer(vite) {
        vite.middlewares.use('/api/subscribe', createSubscribeHandler({ file: `${root}.data/subscribers.jsonl` }));
      },
    },
  ],
});
await server.listen();
server.printUrls();
