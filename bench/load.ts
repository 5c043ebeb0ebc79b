import autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  connections: number;
  durationS: number;
  headers: Record<string, string>;
  /** The body of the n-th request, and what to check its answer against. */
  request(n: number): { body: string; expect: unknown };
  /** Why an answer is wrong, or null when it is right. */
  check(status: number, body: string, expect: unknown): string | null;
}

/** One timed run against one target. */
export interface LoadSample {
  durationS: number;
  /** Responses that were right: HTTP 200 with the expected answer. */
  ok: number;
  /** Every response and failure that was not: wrong answers, other statuses, timeouts, socket errors. */
  errors: number;
  /** One example of what went wrong, for the report. */
  firstError: string | null;
  /** Every response's time, in ms. */
  latencies: number[];
}

/** Several samples of one target taken together. */
export interface LoadResult {
  durationS: number;
  ok: number;
  errors: number;
  firstError: string | null;
  latencyMs: { p50: number; p95: number; p99: number };
}

/** The q-th quantile of sorted values (nearest rank). */
export function percentile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

let current: autocannon.Instance | null = null;

/** Stops the load running now, if any (Ctrl-C). */
export function stopLoad(): void {
  current?.stop();
}

/**
 * A fixed-concurrency load with autocannon: `connections` keep-alive connections, each sending its next
 * request as soon as the previous one is answered, for `durationS`. Every answer is checked; the rate
 * counts right answers only, and latencies (p95 included, which autocannon does not report) are taken
 * from every response.
 */
export async function runLoad(options: LoadOptions): Promise<LoadSample> {
  let n = 0;
  let ok = 0;
  let wrong = 0;
  let firstError: string | null = null;
  const latencies: number[] = [];
  let finish: (error: unknown, result: autocannon.Result) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = (error, result) => (error ? reject(error) : resolve(result));
  });
  const instance = autocannon(
    {
      url: options.url,
      connections: options.connections,
      duration: options.durationS,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...options.headers },
      requests: [
        {
          setupRequest(request, context) {
            const next = options.request(n++);
            (context as { expect?: unknown }).expect = next.expect;
            return { ...request, body: next.body };
          },
          onResponse(status, body, context) {
            const problem = options.check(status, body, (context as { expect?: unknown }).expect);
            if (problem === null) ok++;
            else {
              wrong++;
              firstError ??= `HTTP ${status}: ${problem}`;
            }
          },
        },
      ],
    },
    (error, result) => finish(error, result),
  );
  current = instance;
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await done;
  current = null;
  // autocannon's `errors` includes its timeouts.
  if (result.errors > 0) firstError ??= `${result.errors} socket errors, ${result.timeouts} timeouts`;
  return { durationS: result.duration, ok, errors: wrong + result.errors, firstError, latencies };
}

/** The samples of one target added up, with latency percentiles over all their responses. */
export function summarize(samples: readonly LoadSample[]): LoadResult {
  const sorted = Float64Array.from(samples.flatMap((sample) => sample.latencies)).sort();
  return {
    durationS: samples.reduce((sum, sample) => sum + sample.durationS, 0),
    ok: samples.reduce((sum, sample) => sum + sample.ok, 0),
    errors: samples.reduce((sum, sample) => sum + sample.errors, 0),
    firstError: samples.find((sample) => sample.firstError)?.firstError ?? null,
    latencyMs: { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99) },
  };
}
