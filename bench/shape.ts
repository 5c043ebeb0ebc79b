/**
 * The shape of a GraphQL answer, as one string: every key in order, every list's length, null or the type
 * of every leaf, and the exact value of every `id`. Two answers with the same shape are the same answer
 * but for values that move with the clock (a KPI's `computedAt`), so the bench can check every response
 * of a timed run cheaply against the reference it took before: a wrong answer is not a fast answer.
 */
export function shapeOf(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(shapeOf).join(',')}]`;
  if (typeof value === 'object')
    return `{${Object.entries(value)
      .map(([key, member]) => `${key}:${key === 'id' ? JSON.stringify(member) : shapeOf(member)}`)
      .join(',')}}`;
  return typeof value;
}

/** Why a response body is not the expected answer, or null when it is. */
export function answerProblem(body: string, expectedShape: string): string | null {
  let parsed: { data?: unknown; errors?: unknown };
  try {
    parsed = JSON.parse(body) as { data?: unknown; errors?: unknown };
  } catch {
    return `not JSON: ${body.slice(0, 120)}`;
  }
  if (parsed.errors) return `errors: ${JSON.stringify(parsed.errors).slice(0, 300)}`;
  const shape = shapeOf(parsed.data);
  return shape === expectedShape ? null : `another shape: ${shape.slice(0, 200)}`;
}
