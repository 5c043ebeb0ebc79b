import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const TSX_CLI = require.resolve('tsx/cli');
const ROOT = path.resolve(__dirname, '../..');

/** Runs a TypeScript entry point as a child process that shares our stdout/stderr. */
export function spawnService(entry: string, env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [TSX_CLI, path.join(ROOT, entry)], { env, stdio: 'inherit', cwd: ROOT });
}

/** Polls a URL until it answers 200, or fails after `timeoutMs`. */
export async function waitUntilReady(url: string, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null)
      throw new Error(`${url}: the process exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} was not ready within ${timeoutMs} ms`);
}

/** Sends `signal` to every child still running and resolves once all have exited. */
export async function stopChildren(
  children: ChildProcess[],
  signal: NodeJS.Signals,
  graceMs = 10_000,
): Promise<void> {
  const running = children.filter((child) => child.exitCode === null && child.signalCode === null);
  await Promise.all(
    running.map(
      (child) =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          child.kill(signal);
        }),
    ),
  );
}
