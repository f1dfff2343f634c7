// `pnpm demo`: starts the demo on 127.0.0.1 and prints its URL.
import { randomBytes } from 'node:crypto';
import { createDemoApp } from './app';

const port = Number(process.env.PORT ?? 3000);
const secret = process.env.KAKOR_SECRET ?? randomBytes(32).toString('base64url');
const app = createDemoApp({
  secret,
  onConsent: (record) => console.log(`consent recorded: ${record.id} ${JSON.stringify(record.categories)}${record.gpc ? ' (GPC on)' : ''}`),
});
const server = app.listen(port, '127.0.0.1', () => {
  console.log(`Kakor demo: http://127.0.0.1:${String(port)}/  (Ctrl+C stops it)`);
});
server.on('error', (error) => {
  console.error(`The demo could not start on port ${String(port)}: ${error.message}. Set PORT to another port.`);
  process.exit(1);
});
