// `npm start`: serves the demo partner page on localhost, with the sample feeds.
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const port = Number(process.env.PORT ?? 8080);

const server = await createServer({
  root,
  configFile: false,
  publicDir: false,
  server: { port, strictPort: true, host: process.env.HOST ?? 'localhost' },
  appType: 'mpa',
});
await server.listen();
server.printUrls();
