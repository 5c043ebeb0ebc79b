import { SUBGRAPH_NAMES, type SubgraphName } from '../lib/config';
import { readStatements } from './db-statements';
import { type FloorPlans, replayStages } from './floor-plans';
import { postGraphQL } from './graphql-client';
import { INGEST_BATCH, ingestVariables, readVariants, SCENARIOS, type ScenarioId } from './scenarios';
import { answerProblem, shapeOf } from './shape';
import type { BenchProcess, BenchStack } from './stack';
import { startSubgraphRecorder } from './subgraph-recorder';
import { GATEWAY_TARGETS, type TargetId } from './targets';

export type ReadScenarioId = Exclude<ScenarioId, 'ingest'>;
type Variables = Record<string, unknown>;

export interface CountingResult {
  /** The inputs each read scenario rotates through. */
  variants: Record<ReadScenarioId, Variables[]>;
  /** The shape of our gateway's answer to each input: what every timed answer is checked against. */
  references: Record<ReadScenarioId, string[]>;
  /** Subgraph requests a gateway made per operation, by scenario and target. */
  subgraphRequests: Record<ScenarioId, Partial<Record<TargetId, number>>>;
  /** Where a stock gateway's answer differed from ours (null: the same answer). */
  disagreements: Record<ScenarioId, Partial<Record<TargetId, string | null>>>;
  /** Our gateway's fetches for each read input, for the floor to replay. */
  plans: FloorPlans;
  /** Stages of our plan per read scenario (the critical path's length in subgraph round trips). */
  stages: Record<ReadScenarioId, number>;
  /** SQL statements per request of scenario 2's operation at 10 and at 100 customers, by target. */
  statementsByPageSize: Partial<Record<TargetId, { 10: number | null; 100: number | null }>>;
}

const READ_SCENARIOS = SCENARIOS.filter((scenario) => !scenario.rowsPerRequest);
const PAGE_QUERY = SCENARIOS.find((scenario) => scenario.id === 'customers-page')!.query;
/** Single-request windows per page size in the N+1 check. */
const PAGE_SIZE_REQUESTS = 3;

/**
 * The counting phase, before any timed load: each gateway runs a second time behind a recording proxy
 * in front of every subgraph, and answers every scenario input once, in turn. That gives the subgraph
 * requests per operation, our gateway's exact fetches (for the floor) and reference answers, and shows
 * whether the stock gateways answer the same. The N+1 check counts SQL statements (subgraphs' /metrics)
 * for pages of 10 and 100 customers.
 */
export async function countingPhase(
  stack: BenchStack,
  token: string,
  customers: number,
  runId: string,
): Promise<CountingResult> {
  const realUrls = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [name, stack.subgraphs[name].url]),
  ) as Record<SubgraphName, string>;
  const recorder = await startSubgraphRecorder(realUrls);
  const proxied = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_URL`, recorder.urls[name]]),
  );
  const gateways: Array<{ id: TargetId; process: BenchProcess }> = [];
  try {
    for (const target of GATEWAY_TARGETS)
      gateways.push({
        id: target.id,
        process: await stack.spawn(`${target.id} (counting)`, target.entry, proxied),
      });
    const ours = gateways[0]!.process;
    const variants = await readVariants(ours.url, token, customers);
    recorder.take();

    const result: CountingResult = {
      variants,
      references: { 'customer-360': [], 'customers-page': [], 'one-department': [] },
      subgraphRequests: { 'customer-360': {}, 'customers-page': {}, 'one-department': {}, ingest: {} },
      disagreements: { 'customer-360': {}, 'customers-page': {}, 'one-department': {}, ingest: {} },
      plans: {},
      stages: { 'customer-360': 0, 'customers-page': 0, 'one-department': 0 },
      statementsByPageSize: {},
    };
    for (const scenario of READ_SCENARIOS) {
      const id = scenario.id as ReadScenarioId;
      result.plans[id] = [];
      for (const { id: target, process } of gateways) {
        let fetches = 0;
        let problem: string | null = null;
        for (const [index, variables] of variants[id].entries()) {
          const { text, answer } = await postGraphQL(
            process.url,
            token,
            JSON.stringify({ query: scenario.query, variables }),
          );
          const recorded = recorder.take();
          fetches += recorded.length;
          if (target === 'ours') {
            if (answer.errors || !answer.data)
              throw new Error(`${scenario.id}: our gateway answered ${text.slice(0, 300)}`);
            result.references[id].push(shapeOf(answer.data));
            result.plans[id].push(replayStages(recorded, realUrls));
          } else problem ??= answerProblem(text, result.references[id][index]!);
        }
        result.subgraphRequests[id][target] = fetches / variants[id].length;
        result.disagreements[id][target] = problem;
      }
      result.subgraphRequests[id].direct = result.subgraphRequests[id].ours;
      result.stages[id] = Math.max(...result.plans[id].map((stages) => stages.length));
    }

    for (const [index, { id: target, process }] of gateways.entries()) {
      recorder.take();
      const variables = ingestVariables(`${runId}-count`, index, customers);
      const { answer } = await postGraphQL<{ recordSignals: { accepted: number } }>(
        process.url,
        token,
        JSON.stringify({ query: SCENARIOS[3]!.query, variables }),
      );
      result.subgraphRequests.ingest[target] = recorder.take().length;
      result.disagreements.ingest[target] =
        answer.data?.recordSignals.accepted === INGEST_BATCH ? null : JSON.stringify(answer).slice(0, 300);
      result.statementsByPageSize[target] = {
        10: await statementsPerPage(stack, process.url, token, 10),
        100: await statementsPerPage(stack, process.url, token, 100),
      };
    }
    result.subgraphRequests.ingest.direct = 0;
    return result;
  } finally {
    await Promise.all(gateways.map(({ process }) => stack.stopProcess(process)));
    await recorder.close();
  }
}

/**
 * SQL statements one request of scenario 2's operation costs at a page size: the fewest over a few
 * single-request windows after a warm-up request, since a subgraph's background job (a worker polling its
 * queue) can only add statements to a window, never take any away.
 */
async function statementsPerPage(
  stack: BenchStack,
  url: string,
  token: string,
  first: number,
): Promise<number | null> {
  const subgraphUrls = SUBGRAPH_NAMES.map((name) => stack.subgraphs[name].url);
  const body = JSON.stringify({ query: PAGE_QUERY, variables: { first } });
  await postGraphQL(url, token, body);
  let fewest: number | null = null;
  for (let i = 0; i < PAGE_SIZE_REQUESTS; i++) {
    const before = await readStatements(subgraphUrls);
    const { answer } = await postGraphQL(url, token, body);
    if (answer.errors) throw new Error(`a page of ${first}: ${JSON.stringify(answer.errors).slice(0, 300)}`);
    const after = await readStatements(subgraphUrls);
    if (before === null || after === null) return null;
    fewest = Math.min(fewest ?? Number.POSITIVE_INFINITY, after - before);
  }
  return fewest;
}
