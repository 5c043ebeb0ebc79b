import { request } from 'node:http';
import type { HeapPressure } from '../../lib/server/heap-pressure';
import { type Listener, listen } from '../../lib/server/listener';

interface Answer {
  status: number;
  body: { errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

const get = async (port: number, path = '/work'): Promise<Answer> => {
  const response = await fetch(`http://127.0.0.1:${port}${path}`);
  const text = await response.text();
  return { status: response.status, body: text.startsWith('{') ? JSON.parse(text) : {} };
};

/** Sends a request and hangs up once the server has it (its handler ran). */
const abandon = (port: number, handled: Promise<void>) =>
  new Promise<void>((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/work', agent: false });
    req.on('error', () => resolve());
    req.end();
    void handled.then(() => {
      req.destroy();
      resolve();
    });
  });

describe('the listener every service runs on', () => {
  let listener: Listener | null = null;
  afterEach(async () => {
    await listener?.close(1_000);
    listener = null;
  });

  it('should keep the slot of a request whose client went away until its work is over', async () => {
    let finishWork!: () => void;
    let handled!: () => void;
    const handledOnce = new Promise<void>((resolve) => {
      handled = resolve;
    });
    let calls = 0;
    listener = await listen(
      (_req, res) => {
        calls++;
        if (calls > 1) return void res.end('ok');
        handled();
        // The work goes on after the client left; it answers nobody when it ends.
        return new Promise<void>((resolve) => {
          finishWork = () => {
            res.end();
            resolve();
          };
        });
      },
      { port: 0, host: '127.0.0.1', maxConcurrentRequests: 1 },
    );
    const { port } = listener;
    await abandon(port, handledOnce);
    await new Promise((resolve) => setTimeout(resolve, 50));

    // The client is gone but its work is still running: the one slot is still taken.
    expect(listener.inFlight()).toBe(1);
    expect(await get(port)).toMatchObject({
      status: 503,
      body: { errors: [{ extensions: { code: 'SERVICE_OVERLOADED' } }] },
    });

    finishWork();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(listener.inFlight()).toBe(0);
    expect((await get(port)).status).toBe(200);
  });

  it('should refuse new requests with 503 SERVICE_OVERLOADED while the heap is nearly full, and answer its probes', async () => {
    let high = true;
    let stopped = false;
    const heapPressure: HeapPressure = {
      isHigh: () => high,
      stop: () => {
        stopped = true;
      },
    };
    listener = await listen((_req, res) => void res.end('ok'), { port: 0, host: '127.0.0.1', heapPressure });
    const { port } = listener;

    const refused = await get(port);
    expect(refused.status).toBe(503);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('memory is nearly full'),
        extensions: { code: 'SERVICE_OVERLOADED' },
      }),
    ]);
    expect((await get(port, '/healthz')).status).toBe(200);

    high = false;
    expect((await get(port)).status).toBe(200);
    await listener.close(1_000);
    listener = null;
    expect(stopped).toBe(true);
  });
});
