import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type { SubgraphName } from '../../lib/config';
import { killChildren, spawnService, waitForReady } from '../../scripts/stack/processes';
import { freePort } from './free-port';
import { testDatabaseUrls } from './test-env';

export interface SubgraphProcess {
  child: ChildProcess;
  port: number;
  url: string;
  /** Resolves with the exit code (null when a signal ended it). */
  exited: Promise<number | null>;
  /** SIGKILL, for cleanup after a failed test. */
  kill(): void;
  /** Everything the process wrote to stdout so far (its log lines); empty unless `captureStdout`. */
  stdout(): string;
}

/**
 * One subgraph as its own process, the way `npm start` runs it (`subgraphs/<name>/src/index.ts`),
 * on a free loopback port against its test database; `env` adds or overrides variables. With
 * `captureStdout`, its stdout is kept for `stdout()` instead of shown (set `LOG_LEVEL` to see log lines).
 */
export async function startSubgraphProcess(
  name: SubgraphName,
  env: NodeJS.ProcessEnv = {},
  { captureStdout = false }: { captureStdout?: boolean } = {},
): Promise<SubgraphProcess> {
  const port = await freePort();
  const upper = name.toUpperCase();
  const child = spawnService(
    `subgraphs/${name}/src/index.ts`,
    {
      ...process.env,
      [`${upper}_DATABASE_URL`]: testDatabaseUrls()[name],
      [`${upper}_PORT`]: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      ...env,
    },
    captureStdout ? 'pipe' : 'inherit',
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  try {
    await waitForReady(child, name, 60_000);
  } catch (error) {
    killChildren([child]);
    throw error;
  }
  return {
    child,
    port,
    url: `http://127.0.0.1:${port}/graphql`,
    exited,
    kill: () => killChildren([child]),
    stdout: () => output,
  };
}
