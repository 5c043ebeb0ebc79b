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
