/**
 * `npm run serve`: serves the built site from dist/ on http://localhost:4321
 * (PORT overrides the port, HOST the loopback address it binds to).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startStaticServer } from './lib/static-server';

const root = resolve('dist');
if (!existsSync(resolve(root, 'index.html'))) {
  console.error(`No built site in ${root}: run npm run build first.`);
  process.exit(1);
}

const port = Number(process.env.PORT ?? 4321);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, got ${JSON.stringify(process.env.PORT)}.`);
  process.exit(1);
}
const host = process.env.HOST ?? '127.0.0.1';

try {
  const server = await startStaticServer(root, port, host);
  const shown = host === '127.0.0.1' ? server.url.replace('127.0.0.1', 'localhost') : server.url;
  console.log(`Serving ${root} at ${shown}/ (Ctrl+C to stop)`);
  const stop = () => {
    server.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') console.error(`Port ${port} is already in use: set PORT to another port.`);
  else console.error(error);
  process.exit(1);
}
