import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { createLogger } from '../../lib/logger';
import { REQUEST_ID_HEADER, requestIdFrom, withRequestIds } from '../../lib/request-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('requestIdFrom', () => {
  it.each([
    ['a UUID', '06f9c031-95a3-5a98-a54b-70bcab01d8d1'],
    ['a ULID', '01ARZ3NDEKTSV4RRFFQ69G5FAV'],
    ['a short token', 'test-abc-123'],
    ['dots, colons and underscores', 'edge:eu_1.42'],
  ])('should keep %s', (_what, id) => {
    expect(requestIdFrom(id)).toBe(id);
  });

  it.each([
    ['no header', undefined],
    ['an empty one', ''],
    ['markup', '<script>alert(1)</script>'],
    ['spaces', 'a b'],
    ['a newline', 'abc\n{"level":60}'],
    ['an email', 'rita.novak@example.com'],
    ['65 characters', 'a'.repeat(65)],
    ['a repeated header', ['a', 'b']],
  ])('should replace %s by a fresh UUID', (_what, header) => {
    const first = requestIdFrom(header);
    expect(first).toMatch(UUID);
    expect(requestIdFrom(header)).not.toBe(first);
  });
});

describe('withRequestIds', () => {
  const lines: Array<Record<string, unknown>> = [];
  const log = createLogger(
    new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
        done();
      },
    }),
    'info',
  );
  let server: Server;
  let url: string;
  beforeAll(async () => {
    // Logs before and after awaiting, then answers the id the request's header holds now.
    server = createServer(
      withRequestIds(async (req, res) => {
        log.info('started');
        await sleep(5);
        log.info('finished');
        res.end(String(req.headers[REQUEST_ID_HEADER]));
      }),
    );
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));
  beforeEach(() => {
    lines.length = 0;
  });

  it("should log every line of a request with the caller's id, and none outside a request", async () => {
    const [seen] = await Promise.all([
      fetch(url, { headers: { [REQUEST_ID_HEADER]: 'test-abc-123' } }).then((response) => response.text()),
      fetch(url, { headers: { [REQUEST_ID_HEADER]: 'other-1' } }).then((response) => response.text()),
    ]);
    log.info('between requests');
    expect(seen).toBe('test-abc-123');
    expect(lines.map(({ reqId, msg }) => `${msg} ${reqId}`).sort()).toEqual([
      'between requests undefined',
      'finished other-1',
      'finished test-abc-123',
      'started other-1',
      'started test-abc-123',
    ]);
  });

  it('should give a request with an unacceptable id a fresh one, in its header and its log lines', async () => {
    const seen = await (await fetch(url, { headers: { [REQUEST_ID_HEADER]: '<b>hi</b>' } })).text();
    expect(seen).toMatch(UUID);
    expect(lines.map(({ reqId }) => reqId)).toEqual([seen, seen]);
  });
});
