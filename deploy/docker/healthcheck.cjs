// The image's HEALTHCHECK: GET /healthz on the port the running service wrote at start (entrypoint.ts).
// Plain JavaScript, so a check costs one short node process and no TypeScript compilation.
const { readFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');

function main() {
  const { port, host } = JSON.parse(readFileSync(path.join(tmpdir(), 'c360-service.json'), 'utf8'));
  const target = !host || host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  const url = `http://${target.includes(':') ? `[${target}]` : target}:${port}/healthz`;
  return fetch(url, { signal: AbortSignal.timeout(2_000) }).then((response) => (response.ok ? 0 : 1));
}

Promise.resolve()
  .then(main)
  .catch(() => 1)
  .then((code) => process.exit(code));
