/**
 * Label values that clients choose (operation names) or that travel from elsewhere (error codes) are
 * bounded, so no client can make a service's `/metrics` grow without end: each Prometheus series costs
 * memory in the service and in Prometheus. A value is kept as it is when it has the expected shape and is
 * among the first `limit` distinct values the service has seen; a value of another shape, or a new one
 * after the limit, is counted under OTHER_LABEL. A restart starts the tally afresh.
 */
export const OTHER_LABEL = '(other)';

interface LabelBound {
  /** The shape a value must have to be kept. */
  pattern: RegExp;
  /** Distinct values kept; later new ones are counted under OTHER_LABEL. */
  limit: number;
  /** The value for "none given". */
  missing: string;
}

function boundedLabel({ pattern, limit, missing }: LabelBound): (value: unknown) => string {
  const kept = new Set<string>();
  return (value) => {
    if (value === undefined || value === null || value === '') return missing;
    if (typeof value !== 'string' || !pattern.test(value)) return OTHER_LABEL;
    if (kept.has(value)) return value;
    if (kept.size >= limit) return OTHER_LABEL;
    kept.add(value);
    return value;
  };
}

/**
 * The client operation a subgraph call serves, as the gateway labels it: the query planner sends subgraphs
 * anonymous operations, so without it every subgraph request would be labelled `Anonymous`.
 */
export const OPERATION_NAME_HEADER = 'x-graphql-operation-name';

/** Distinct operation names one service labels: far more than the operations our apps send. */
export const OPERATION_NAME_LIMIT = 100;

/**
 * An operation name as a label: a GraphQL name of at most 64 characters; `Anonymous` when the operation
 * has none (Hive Gateway's own convention).
 */
export const operationNameLabel = () =>
  boundedLabel({
    pattern: /^[_A-Za-z][_0-9A-Za-z]{0,63}$/,
    limit: OPERATION_NAME_LIMIT,
    missing: 'Anonymous',
  });

/** An `extensions.code` as a label: upper-case words (`BAD_USER_INPUT`); `NONE` for an error without one. */
export const errorCodeLabel = () =>
  boundedLabel({ pattern: /^[A-Z][A-Z0-9_]{0,63}$/, limit: 50, missing: 'NONE' });
