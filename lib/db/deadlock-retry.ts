/** PostgreSQL's deadlock_detected and serialization_failure: the transaction lost a race and can run again. */
const RETRYABLE = new Set(['40P01', '40001']);

export function isRetryableConflict(error: unknown): boolean {
  const code = (error as { code?: unknown; driverError?: { code?: unknown } } | null)?.code;
  return typeof code === 'string' && RETRYABLE.has(code);
}

/**
 * Runs a transaction again when PostgreSQL aborted it for a deadlock or a serialization failure, which the
 * other party's commit resolves: a few attempts, a short random pause between them. (A retry library
 * would add nothing this loop does not say.)
 */
export async function retryOnConflict<T>(transaction: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (error) {
      if (!isRetryableConflict(error) || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
    }
  }
}
