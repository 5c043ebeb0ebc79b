import { readFileSync } from 'node:fs';
import path from 'node:path';

/** An operation from examples/operations: the tests run the same files the README shows. */
export function operation(name: string): string {
  return readFileSync(path.resolve(__dirname, '../../examples/operations', `${name}.graphql`), 'utf8');
}
