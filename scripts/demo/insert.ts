import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/** PostgreSQL takes at most 65,535 parameters per statement; stay well below. */
const MAX_PARAMETERS = 30_000;

/** Inserts rows in parameter-bounded chunks, skipping rows that exist: the seed can run again safely. */
export async function insertIgnoringExisting<E extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<E>,
  rows: Array<QueryDeepPartialEntity<E>>,
): Promise<void> {
  if (rows.length === 0) return;
  const columns = dataSource.getMetadata(target).columns.length;
  const perChunk = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
  for (let start = 0; start < rows.length; start += perChunk) {
    await dataSource
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(rows.slice(start, start + perChunk))
      .orIgnore()
      .execute();
  }
}
