import { SUBGRAPH_NAMES } from '../../lib/config';
import { openThrowawaySchema, schemaSnapshot, type ThrowawaySchema } from '../helpers/throwaway-schema';

/**
 * What `typeorm migration:generate` would write after every migration has run: the statements TypeORM's
 * schema builder needs to make the database match the entities. Empty means entities and migrations agree.
 */
async function pendingSchemaChanges(throwaway: ThrowawaySchema): Promise<string[]> {
  const { upQueries } = await throwaway.dataSource.driver.createSchemaBuilder().log();
  return upQueries.map((query) => query.query.replaceAll(`"${throwaway.schema}".`, ''));
}

// CI fails here when an entity changes without a migration (or a migration without its entity).
describe.each(SUBGRAPH_NAMES)('%s entities and migrations', (name) => {
  let migrated: ThrowawaySchema;
  let fromEntities: ThrowawaySchema;
  beforeAll(async () => {
    migrated = await openThrowawaySchema(name, 'drift');
    await migrated.dataSource.runMigrations({ transaction: 'each' });
    fromEntities = await openThrowawaySchema(name, 'entities');
  });
  afterAll(async () => {
    await migrated?.drop();
    await fromEntities?.drop();
  });

  it('should leave migration:generate nothing to write when every migration has run', async () => {
    const pending = await pendingSchemaChanges(migrated);

    // On failure the statements are the message: the migration that is missing.
    expect(pending).toEqual([]);
  });

  // TypeORM's diff compares constraints and indexes by name only: a CHECK expression, an index's
  // WHERE or an FK action could still differ. Building a second schema from the entities alone and
  // comparing the catalog catches those too.
  it('should build the same schema from the entities as from the migrations', async () => {
    await fromEntities.dataSource.synchronize();

    const expected = await schemaSnapshot(migrated.dataSource, migrated.schema, {
      exceptTables: ['migrations'],
      primaryKeyNames: 'by-table',
    });
    const actual = await schemaSnapshot(fromEntities.dataSource, fromEntities.schema, {
      primaryKeyNames: 'by-table',
    });

    expect(actual).toEqual(expected);
  });
});
