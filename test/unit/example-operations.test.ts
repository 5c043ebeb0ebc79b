import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const OPERATIONS_DIR = path.join(ROOT, 'examples/operations');
const TEST_DIR = path.join(ROOT, 'test');

/** Every test file's text, this one left out. */
function testSources(): string[] {
  return readdirSync(TEST_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts') && path.join(TEST_DIR, file) !== __filename)
    .map((file) => readFileSync(path.join(TEST_DIR, file), 'utf8'));
}

/** A test runs an example when it loads it with operation('<name>') or passes its path (the export CLI). */
const runs = (source: string, name: string) =>
  source.includes(`operation('${name}')`) || source.includes(`examples/operations/${name}.graphql`);

describe('example operations', () => {
  const names = readdirSync(OPERATIONS_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => file.replace(/\.graphql$/, ''));
  const sources = testSources();

  it('should find the example operations the README points to', () => {
    expect(names).toEqual(expect.arrayContaining(['agent-console', 'bi-kpis', 'marketer-worklist']));
  });

  it.each(names)(
    'should run examples/operations/%s.graphql in some test, so the example cannot rot',
    (name) => {
      if (!sources.some((source) => runs(source, name)))
        throw new Error(
          `No test runs examples/operations/${name}.graphql: run it through the gateway with operation('${name}') in an e2e test, with exact expected values`,
        );
    },
  );
});
