import pino, { type Logger } from 'pino';

/** One JSON logger per process; services derive children with their own bindings. */
export const logger: Logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  base: { pid: process.pid },
  redact: { paths: ['req.headers.authorization', '*.authorization'], censor: '[redacted]' },
});

export type { Logger };
