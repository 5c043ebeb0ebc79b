import type { Databases } from '../../scripts/stack/databases';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __c360Databases?: Databases }).__c360Databases?.stop();
}
