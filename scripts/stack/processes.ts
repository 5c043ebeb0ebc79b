import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** tsx as a loader inside node itself (`node --import tsx`), not its CLI wrapper: see spawnService. */
const TSX_LOADER = pathToFileURL(require.resolve('tsx')).href;
const ROOT = path.resolve(__dirname, '../..');

/**
 * Runs a TypeScript entry point as a child process that shares our stdout/stderr. It gets its own
 * process group, so a terminal's Ctrl-C reaches only the supervisor, which then stops the children
 * in order (gateway, subgraphs, database); and an IPC channel, whose loss tells the child that the
 * supervisor is gone (`process.on('disconnect')`), so no child outlives it.
 *
 * The child is the service itself (`node --import tsx entry.ts`): its pid is the one a signal reaches
 * and its exit code the service's. tsx's CLI would put a second process in between that relays
 * signals, and SIGKILLs a child that has not acknowledged one within about 60 ms, which a service busy
 * draining requests may well not have.
 *
 * `stdout: 'pipe'` keeps the child's stdout (its log lines) to read from `child.stdout` instead (tests);
 * `nodeFlags` go to node itself (the bench's `--cpu-prof`, which NODE_OPTIONS does not accept).
 */
export function spawnService(
  entry: string,
  env: NodeJS.ProcessEnv,
  stdout: 'inherit' | 'pipe' = 'inherit',
  nodeFlags: readonly string[] = [],
): ChildProcess {
  return spawn(process.execPath, [...nodeFlags, '--import', TSX_LOADER, path.join(ROOT, entry)], {
    env,
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', stdout, 'inherit', 'ipc'],
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

/** Resolves when a service says it is ready (its IPC `ready` message), or fails if it exits first. */
export async function waitForReady(child: ChildProcess, what: string, timeoutMs: number): Promise<void> {
  try {
    await firstMessage<{ ready: true }>(child, timeoutMs);
  } catch (error) {
    throw new Error(`${what}: ${(error as Error).message}`);
  }
}

/**
 * Stops children: SIGTERM to each child's process group (the tsx wrapper and the service it runs),
 * resolving once all have exited; SIGKILL to the group of any still running after `graceMs`.
 */
export async function stopChildren(children: ChildProcess[], graceMs = 15_000): Promise<void> {
  const running = children.filter((child) => child.exitCode === null && child.signalCode === null);
  await Promise.all(
    running.map(async (child) => {
      const exited = once(child, 'exit');
      const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
      signalGroup(child, 'SIGTERM');
      await exited;
      clearTimeout(timer);
    }),
  );
}

/** Kills every child's whole process group at once: the second Ctrl-C. */
export function killChildren(children: ChildProcess[]): void {
  for (const child of children) signalGroup(child, 'SIGKILL');
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    // Detached children lead their own process group: a negative pid signals all of it.
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}
