import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isServiceName, SERVICE_ENTRIES, SERVICE_NAMES, SERVICE_STATE_FILE, servicePort } from './services';

// The image's entry point: `docker run <image> <service>` runs one service in this process
// (`node --import tsx`, so SIGTERM reaches the service's own graceful shutdown directly).
const name = process.argv[2] ?? '';
if (process.argv.length !== 3 || !isServiceName(name)) {
  console.error(`Usage: docker run <image> <${SERVICE_NAMES.join('|')}>`);
  process.exit(2);
}
// The Docker HEALTHCHECK runs in a process of its own: tell it which port to ask.
writeFileSync(
  path.join(tmpdir(), SERVICE_STATE_FILE),
  JSON.stringify({ service: name, port: servicePort(name), host: process.env.HOST ?? '0.0.0.0' }),
);
require(path.resolve(__dirname, '../..', SERVICE_ENTRIES[name]));
