import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';

const TSX_CLI = require.resolve('tsx/cli');
const ROOT = path.resolve(__dirname, '../..');

/**
 * Runs a TypeScript entry point as a child process that shares our stdout/stderr. It gets its own
 * process group, so a terminal's Ctrl-C reaches only the supervisor, which then stops the children
 * in order (gateway, subgraphs, database); and an IPC channel, whose loss tells the child that the
 * supervisor is gone (`process.on('disconnect')`), so no child outlives it.
 */
export function spawnService(entry: string, env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [TSX_CLI, path.join(ROOT, entry)], {
    env,
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

/** The first IPC message a child sends; rejects if it exits first. */
export async function firstMessage<T>(child: ChildProcess, timeoutMs: number): Promise<T> {
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`the process exited with code ${code} before it was ready`);
  });
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref(),
  );
  const [message] = (await Promise.race([once(child, 'message'), exited, timeout])) as [T];
  return message;
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

/** Sends SIGTERM to every child still running and resolves once all have exited (SIGKILL after `graceMs`). */
export async function stopChildren(children: ChildProcess[], graceMs = 15_000): Promise<void> {
  const running = children.filter((child) => child.exitCode === null && child.signalCode === null);
  await Promise.all(
    running.map(async (child) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
      clearTimeout(timer);
    }),
  );
}
