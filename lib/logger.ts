import { cleanEnv, str } from 'envalid';
import pino, { type DestinationStream, type Logger } from 'pino';
import { logLevel } from './config';
import { redactSecrets } from './log-redaction';
import { currentRequestId } from './request-id';

const { LOG_LEVEL, LOG_FILE } = cleanEnv(process.env, {
  LOG_LEVEL: logLevel({ default: process.env.NODE_ENV === 'test' ? 'silent' : 'info' }),
  LOG_FILE: str({ default: '', desc: 'Append the JSON log lines to this file instead of stdout' }),
});

/**
 * Errors as pino prints them, minus what must not reach a log: TypeORM's query errors carry the
 * statement's parameters (customer emails, whole seed batches) and the driver's copy of them.
 */
function errorWithoutParameters(error: unknown) {
  const serialized = pino.stdSerializers.err(error as Error) as Record<string, unknown>;
  delete serialized.parameters;
  delete serialized.driverError;
  if (typeof serialized.query === 'string') serialized.query = serialized.query.slice(0, 300);
  return serialized;
}

/** A JSON logger that never writes an email, a phone number, a bearer token or a JWT (lib/log-redaction.ts). */
export function createLogger(destination?: DestinationStream, level: string = LOG_LEVEL): Logger {
  const options = {
    level,
    base: { pid: process.pid },
    serializers: { err: errorWithoutParameters },
    redact: { paths: ['req.headers.authorization', '*.authorization'], censor: '[redacted]' },
    hooks: { streamWrite: redactSecrets },
    // Every line written while a request is served names it, whichever module writes it.
    mixin: () => {
      const reqId = currentRequestId();
      return reqId ? { reqId } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** One JSON logger per process; services derive children with their own bindings. */
export const logger: Logger = createLogger(
  LOG_FILE ? pino.destination({ dest: LOG_FILE, append: true, sync: true }) : undefined,
);

export type { Logger };
