import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/**
 * Fails, naming the command that fixes it and the first line that differs, when a committed generated
 * file is not exactly what its generator writes now.
 */
export function expectCommittedFile(relativePath: string, generated: string, fix: string): void {
  let committed: string;
  try {
    committed = readFileSync(path.join(ROOT, relativePath), 'utf8');
  } catch {
    throw new Error(`${relativePath} is missing: run \`${fix}\` and commit it`);
  }
  if (committed === generated) return;
  const committedLines = committed.split('\n');
  const generatedLines = generated.split('\n');
  const line = generatedLines.findIndex((text, index) => text !== committedLines[index]);
  const at = line === -1 ? committedLines.length : line;
  throw new Error(
    `${relativePath} is stale: run \`${fix}\` and commit the result.\n` +
      `First difference at line ${at + 1}:\n` +
      `  committed: ${JSON.stringify(committedLines[at] ?? '<end of file>')}\n` +
      `  generated: ${JSON.stringify(generatedLines[at] ?? '<end of file>')}`,
  );
}
