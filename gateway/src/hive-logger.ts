import { Logger as HiveLogger, type LogLevel } from '@graphql-hive/gateway-runtime';
import { logger } from '../../lib/logger';

const log = logger.child({ component: 'hive-gateway' });

/**
 * Hive Gateway's own logs, written through our pino logger: JSON like every other line, and redacted like
 * every other line (Hive logs a failed subgraph call with its request body, which may hold an email).
 */
export function hiveLogger(level: LogLevel | false): HiveLogger {
  return new HiveLogger({
    level,
    writers: [
      {
        write(lineLevel, attrs, msg) {
          // Hive's request-id plugin names the request `requestId`; our lines call it `reqId` (lib/logger.ts).
          const { requestId, ...rest } = (attrs ?? {}) as Record<string, unknown>;
          log[lineLevel](requestId === undefined ? rest : { ...rest, reqId: requestId }, msg ?? '');
        },
      },
    ],
  });
}
