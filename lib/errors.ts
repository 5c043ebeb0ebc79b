import { GraphQLError } from 'graphql';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export type FieldPath = ReadonlyArray<string | number>;

/** `input.lines.0.quantity`: the argument path a client fixes. */
export function formatFieldPath(path: FieldPath): string {
  return path.join('.');
}

export function badUserInput(message: string, field: FieldPath): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field: formatFieldPath(field) },
  });
}

export function notFound(what: string, id: string, field?: FieldPath): GraphQLError {
  return new GraphQLError(`${what} ${id} was not found`, {
    extensions: { code: ErrorCode.NOT_FOUND, ...(field ? { field: formatFieldPath(field) } : {}) },
  });
}

/** `details` adds machine-readable facts, e.g. `{ customerIds: [a, b] }` for an identifier two customers claim. */
export function conflict(
  message: string,
  field?: FieldPath,
  details: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.CONFLICT, ...(field ? { field: formatFieldPath(field) } : {}), ...details },
  });
}

/**
 * A write for a person who asked to be erased: refused for good, whatever the token's scopes
 * (`reason: SUPPRESSED`). The message names no identifier: the caller already knows which one it sent.
 */
export function suppressed(field: FieldPath): GraphQLError {
  return new GraphQLError(
    `${formatFieldPath(field)} names a person whose data was erased; nothing about them is recorded again`,
    { extensions: { code: ErrorCode.FORBIDDEN, reason: 'SUPPRESSED', field: formatFieldPath(field) } },
  );
}

/** The content type of every JSON answer the services write themselves. */
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/**
 * The body of an HTTP answer refused before GraphQL runs (401, 413, 415, 503): one error with its
 * `extensions.code`, shaped as a GraphQL response so clients read it like any other.
 */
export function errorResponseBody(message: string, code: string): string {
  return JSON.stringify({ errors: [{ message, extensions: { code } }] });
}

/** `errorResponseBody` as a fetch `Response` (the gateway's plugins); `Response` may be the server's own. */
export function errorResponse(
  status: number,
  message: string,
  code: string,
  options: { headers?: Record<string, string>; Response?: typeof Response } = {},
): Response {
  const ResponseClass = options.Response ?? Response;
  return new ResponseClass(errorResponseBody(message, code), {
    status,
    headers: { 'content-type': JSON_CONTENT_TYPE, ...options.headers },
  });
}
