import type { RecordedFetch } from './subgraph-recorder';
import { stagesOf } from './subgraph-recorder';

/** One subgraph request as the floor sends it again. */
export interface ReplayFetch {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** Per scenario, per variant: the stages of fetches our gateway made, in order. */
export type FloorPlans = Record<string, ReplayFetch[][][]>;

/** What the load generator sends the floor: which recorded operation to replay, or rows to insert. */
export interface FloorRequest {
  scenario: string;
  variant?: number;
  variables?: Record<string, unknown>;
}

/** The stages of one recorded operation, pointed at the real subgraphs instead of the recorder. */
export function replayStages(
  fetches: readonly RecordedFetch[],
  urls: Record<string, string>,
): ReplayFetch[][] {
  return stagesOf(fetches).map((stage) =>
    stage.map((fetch) => ({ url: urls[fetch.subgraph]!, headers: fetch.headers, body: fetch.body })),
  );
}
