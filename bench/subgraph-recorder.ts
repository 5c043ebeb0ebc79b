import { SUBGRAPH_NAMES, type SubgraphName } from '../lib/config';
import { type ForwardedRequest, startForwardingProxy } from '../test/helpers/forwarding-proxy';

/** One subgraph request a gateway made, as it was sent, with when it started and ended. */
export interface RecordedFetch extends ForwardedRequest {
  subgraph: SubgraphName;
}

export interface SubgraphRecorder {
  /** Where to point a gateway instead of each subgraph. */
  urls: Record<SubgraphName, string>;
  /** Every request passed on since the last `take`, in arrival order, then forgets them. */
  take(): RecordedFetch[];
  close(): Promise<void>;
}

/**
 * A recording HTTP proxy in front of each subgraph, for the counting phase only (never during timed
 * load): how many subgraph requests one operation costs, and the exact fetches (headers, signed bodies,
 * timing) the direct floor replays.
 */
export async function startSubgraphRecorder(
  targets: Record<SubgraphName, string>,
): Promise<SubgraphRecorder> {
  let fetches: RecordedFetch[] = [];
  const proxies = await Promise.all(
    SUBGRAPH_NAMES.map((subgraph) =>
      startForwardingProxy({
        target: () => targets[subgraph],
        onForwarded: (request) => fetches.push({ subgraph, ...request }),
      }),
    ),
  );
  return {
    urls: Object.fromEntries(SUBGRAPH_NAMES.map((name, i) => [name, proxies[i]!.url])) as Record<
      SubgraphName,
      string
    >,
    take() {
      const taken = fetches.sort((a, b) => a.startedAt - b.startedAt);
      fetches = [];
      return taken;
    },
    close: async () => {
      await Promise.all(proxies.map((proxy) => proxy.close()));
    },
  };
}

/**
 * Groups one operation's fetches into the stages a query plan runs: a fetch that started only after a
 * fetch of the current stage had answered depends on it, so it opens the next stage. Replaying stage by
 * stage (parallel within a stage) is then the plan's critical path, or a little longer, never shorter.
 */
export function stagesOf(fetches: readonly RecordedFetch[]): RecordedFetch[][] {
  const stages: RecordedFetch[][] = [];
  let current: RecordedFetch[] = [];
  let firstEnd = Number.POSITIVE_INFINITY;
  for (const fetch of [...fetches].sort((a, b) => a.startedAt - b.startedAt)) {
    if (current.length > 0 && fetch.startedAt >= firstEnd) {
      stages.push(current);
      current = [];
      firstEnd = Number.POSITIVE_INFINITY;
    }
    current.push(fetch);
    firstEnd = Math.min(firstEnd, fetch.endedAt);
  }
  if (current.length > 0) stages.push(current);
  return stages;
}
