export interface GraphQLAnswer<T = unknown> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** One request with the bench's bearer token; the raw body is kept for shape checks. */
export async function postGraphQL<T = unknown>(
  url: string,
  token: string,
  body: string,
): Promise<{ status: number; text: string; answer: GraphQLAnswer<T> }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  });
  const text = await response.text();
  let answer: GraphQLAnswer<T>;
  try {
    answer = JSON.parse(text) as GraphQLAnswer<T>;
  } catch {
    answer = { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 200)}` }] };
  }
  return { status: response.status, text, answer };
}

/** The answer's data, or an error naming what went wrong. */
export async function queryData<T>(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const { answer } = await postGraphQL<T>(url, token, JSON.stringify({ query, variables }));
  if (answer.errors || !answer.data) throw new Error(`${url}: ${JSON.stringify(answer.errors ?? answer)}`);
  return answer.data;
}
