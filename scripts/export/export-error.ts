/** A failure the export explains to its user in words (no stack trace), exiting non-zero. */
export class ExportError extends Error {
  constructor(
    message: string,
    /** 2 for a wrong command line, 1 for everything else. */
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
