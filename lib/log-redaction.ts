/**
 * What must never reach a log line, wherever it hides (a message, an error's text, a request body a library
 * logged): emails, phone numbers, bearer tokens and JWTs. Applied to every serialized line, so no call site
 * has to remember it.
 */
const PATTERNS: ReadonlyArray<[RegExp, string]> = [
  [/Bearer\s+[A-Za-z0-9._~+/=-]+/gi, 'Bearer [redacted]'],
  [/\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, '[jwt]'],
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g, '[email]'],
  // International numbers as people and E.164 write them (+49 30 1234567, +4930123456); bare digit runs
  // (timestamps, ids, counts) are left alone.
  [/\+[1-9](?:[\s().-]?\d){6,14}/g, '[phone]'],
];

export function redactSecrets(text: string): string {
  let redacted = text;
  for (const [pattern, replacement] of PATTERNS) redacted = redacted.replace(pattern, replacement);
  return redacted;
}
