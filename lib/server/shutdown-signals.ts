import type { Logger } from '../logger';

/**
 * Calls `shutdown` once, on SIGTERM, on SIGINT, or when the supervisor that spawned this process with
 * an IPC channel goes away (so a service never outlives `npm start`).
 */
export function onShutdownSignal(shutdown: (reason: string) => Promise<void> | void): void {
  let called = false;
  const once = (reason: string) => {
    if (called) return;
    called = true;
    void shutdown(reason);
  };
  process.on('SIGTERM', () => once('SIGTERM'));
  process.on('SIGINT', () => once('SIGINT'));
  if (process.send) process.on('disconnect', () => once('supervisor gone'));
}

/** Time a stop may take beyond its drain's grace period (closing the pool, the runtime) before we give up. */
const STOP_MARGIN_MS = 5_000;

/**
 * A service process's end: on the first shutdown signal, `stop` (drain, close the pool), then exit 0;
 * exit 1 if the stop fails, or if it has not finished `STOP_MARGIN_MS` after the grace period, so a stuck
 * stop never keeps a process (and `npm start`, which waits for it) alive.
 */
export function exitOnShutdownSignal(
  stop: () => Promise<void>,
  options: { graceMs: number; log: Logger },
): void {
  onShutdownSignal(async (reason) => {
    options.log.info({ reason }, 'shutting down');
    setTimeout(() => {
      options.log.error({ graceMs: options.graceMs }, 'the stop did not finish in time; exiting');
      process.exit(1);
    }, options.graceMs + STOP_MARGIN_MS).unref();
    try {
      await stop();
    } catch (error) {
      options.log.error({ err: error }, 'the stop failed');
      process.exit(1);
    }
    process.exit(0);
  });
}
