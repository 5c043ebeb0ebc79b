import { once } from 'node:events';
import { createWriteStream, openSync, renameSync, rmSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { ExportError } from './export-error';

/** Where an export's text goes. */
export interface ExportOutput {
  write(text: string): Promise<void>;
  /** The export is complete. */
  commit(): Promise<void>;
  /** The export failed. */
  abort(): Promise<void>;
}

async function writeTo(stream: Writable, text: string): Promise<void> {
  if (text !== '' && !stream.write(text)) await once(stream, 'drain');
}

/** Standard output: pages appear as they arrive; a failure is told on stderr and by the exit code. */
export function stdoutOutput(): ExportOutput {
  return { write: (text) => writeTo(process.stdout, text), commit: async () => {}, abort: async () => {} };
}

/**
 * A file that appears only when the export is complete: pages go to `<file>.partial`, renamed at the end
 * and removed on failure, so a half export is never mistaken for a whole one.
 */
export function fileOutput(file: string): ExportOutput {
  const partial = `${file}.partial`;
  // Opened here, so a folder that does not exist fails before any request is made.
  let fd: number;
  try {
    fd = openSync(partial, 'w');
  } catch (error) {
    throw new ExportError(`Cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
  const stream = createWriteStream(partial, { fd });
  const closed = once(stream, 'close');
  closed.catch(() => {}); // a write error surfaces from write() or commit()
  return {
    write: (text) => writeTo(stream, text),
    async commit() {
      stream.end();
      await closed;
      renameSync(partial, file);
    },
    async abort() {
      stream.destroy();
      await closed;
      rmSync(partial, { force: true });
    },
  };
}
