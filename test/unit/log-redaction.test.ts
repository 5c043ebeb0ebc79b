import { Writable } from 'node:stream';
import { redactSecrets } from '../../lib/log-redaction';
import { createLogger } from '../../lib/logger';

/** A logger whose lines land in an array, as they would on stdout. */
function capturedLogger() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { log: createLogger(destination, 'info'), lines };
}

const JWT =
  'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZ2VudC0xIiwic2NvcGUiOiJwaWk6cmVhZCJ9.Wm9uZ2VyYmxhYmxhYmxhYmxhYmxhYmxh';

describe('log redaction', () => {
  it.each([
    ['an email', 'customer lena.lindqvist@example.com wrote in', 'customer [email] wrote in'],
    ['an E.164 phone', 'call +4930123456 back', 'call [phone] back'],
    ['a phone as people write it', 'call +49 30 1234567 back', 'call [phone] back'],
    ['a bearer token', 'authorization: Bearer abc.def-123', 'authorization: Bearer [redacted]'],
    ['a bare JWT', `token=${JWT}`, 'token=[jwt]'],
  ])('should redact %s', (_what, text, expected) => {
    expect(redactSecrets(text)).toBe(expected);
  });

  it('should leave timestamps, ids and counts alone', () => {
    const text = '{"time":1795378627373,"id":"06f9c031-95a3-5a98-a54b-70bcab01d8d1","count":4930123456}';
    expect(redactSecrets(text)).toBe(text);
  });

  it('should keep emails, phones and tokens out of every logged line: message, attributes and errors', () => {
    const { log, lines } = capturedLogger();
    log.info({ email: 'rita.novak@example.com', body: '{"phone":"+4930987654"}' }, `from ${JWT}`);
    log.warn({ err: new Error('duplicate key (email)=(hugo.martin@example.com)') }, 'write failed');
    log.info({ headers: { authorization: 'Bearer secret-token' } }, 'request');
    const output = lines.join('');
    expect(lines).toHaveLength(3);
    for (const secret of [
      'rita.novak@example.com',
      '+4930987654',
      JWT,
      'hugo.martin@example.com',
      'secret-token',
    ])
      expect(output).not.toContain(secret);
    expect(output).toContain('[email]');
    expect(JSON.parse(lines[0]!)).toMatchObject({ email: '[email]', msg: 'from [jwt]' });
  });
});
