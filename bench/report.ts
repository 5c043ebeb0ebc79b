import type { CountingResult } from './counting';
import type { LoadResult } from './load';
import type { ScenarioId } from './scenarios';
import type { TargetId } from './targets';

export interface TargetRun {
  target: TargetId;
  label: string;
  load: LoadResult;
  /** Right answers per second; rows per second for ingest. */
  rate: number;
  sqlPerRequest: number | null;
  subgraphRequestsPerRequest: number | null;
  rssMb: number | null;
  /** CPU time the target's own process used per request (gateway or floor), whatever else the machine ran. */
  cpuMsPerRequest: number | null;
}

export interface ScenarioRun {
  scenario: ScenarioId;
  title: string;
  unit: 'req/s' | 'rows/s';
  runs: TargetRun[];
}

export interface BenchSettings {
  date: string;
  quick: boolean;
  warmupS: number;
  durationS: number;
  /** The measured time is split into this many interleaved rounds (every target once per round). */
  rounds: number;
  connections: number;
  customers: number;
  node: string;
  cpus: number;
  loadAverage: number[];
  commit: string | null;
}

export interface TargetCheck {
  goal: string;
  actual: string;
  met: boolean | null;
  /** How far off a missed goal is. */
  gap: string | null;
  /** Why the goal is missed on this machine, as far as profiling found (MISSED_BECAUSE); absent when met. */
  why?: string;
}

/**
 * What profiling found standing between each goal and this 2-core machine: printed under a missed target in
 * every results file. Kept here, next to the checks, so a change that moves a figure can update its reason.
 */
const MISSED_BECAUSE: Record<string, string> = {
  apollo:
    "3× would need the subgraphs and PostgreSQL, which every gateway drives alike and which take most of the two cores, to answer at 3× the rate stock Apollo already gets from them: they cannot on this machine (the direct floor, the same fetches with no gateway at all, reaches about 1.4× Apollo on the 360). Where Apollo's own work is the slow part (the page of 50, its entity handling) ours is about 2× it.",
  hive: "Ours spends more CPU per request than stock Hive for what stock Hive does not do: Prometheus metrics, circuit breakers and partial-failure answers, per-call timeouts and cancellation, token verification, field authorization (remembered per operation and scopes), query limits. Each is a few percent of the gateway's CPU in a profile (`--profile ours,hive`).",
  p99: 'The machine is saturated at 32 connections; the extra CPU per request in the gateway (see the Hive target) becomes queueing time at the tail.',
  ingest:
    "Bound by the whole machine's CPU per 100-signal request, not by the gateway (every gateway reaches about the same rows/s): the gateway, the marketing subgraph (input coercion and validation, payload hashes, the signature check, one INSERT … RETURNING) and the customers directory resolving 100 customers, against one raw insert for the floor. The directory answer is not cached: a write for an erased customer must be refused at once.",
  rss: "V8 grows the heap lazily toward its default limit (a quarter of the machine's memory). A heap cap (--max-old-space-size=160) measured ~200 MB at the same rate and CPU, but 100 concurrent pages of 100 customers with their whole 360 need more than 512 MB live in the gateway, so a cap would turn such a burst into a crash; the gateway sheds (503) near whatever limit node has instead.",
};

export interface BenchReport {
  settings: BenchSettings;
  scenarios: ScenarioRun[];
  counting: Omit<CountingResult, 'plans' | 'references' | 'variants'>;
  checks: TargetCheck[];
}

const rateOf = (scenario: ScenarioRun, target: TargetId) =>
  scenario.runs.find((run) => run.target === target)?.rate ?? null;
const runOf = (scenario: ScenarioRun, target: TargetId) => scenario.runs.find((run) => run.target === target);
const ratio = (a: number | null | undefined, b: number | null | undefined) =>
  a != null && b != null && b > 0 ? a / b : null;
const fixed = (value: number | null | undefined, digits = 0) =>
  value == null || Number.isNaN(value)
    ? 'n/a'
    : value.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const times = (value: number | null) => (value === null ? 'n/a' : `${value.toFixed(2)}×`);

/** At least `goal` (a ratio or value), and by how much it falls short when it does. */
function atLeast(goalText: string, value: number | null, goal: number, why: string, unit = '×'): TargetCheck {
  const actual = value === null ? 'n/a' : `${value.toFixed(2)}${unit}`;
  if (value === null) return { goal: goalText, actual, met: null, gap: 'not measured' };
  const met = value >= goal;
  return met
    ? { goal: goalText, actual, met, gap: null }
    : { goal: goalText, actual, met, gap: `${((1 - value / goal) * 100).toFixed(0)}% short`, why };
}

function atMost(goalText: string, value: number | null, goal: number, why: string, unit = '×'): TargetCheck {
  const actual = value === null ? 'n/a' : `${value.toFixed(2)}${unit}`;
  if (value === null) return { goal: goalText, actual, met: null, gap: 'not measured' };
  const met = value <= goal;
  return met
    ? { goal: goalText, actual, met, gap: null }
    : { goal: goalText, actual, met, gap: `${((value / goal - 1) * 100).toFixed(0)}% over`, why };
}

/** The issue's targets, each met or missed with the figure from this run. */
export function checkTargets(scenarios: ScenarioRun[], counting: CountingResult): TargetCheck[] {
  const find = (id: ScenarioId) => scenarios.find((scenario) => scenario.scenario === id);
  const checks: TargetCheck[] = [];
  for (const id of ['customer-360', 'customers-page'] as const) {
    const scenario = find(id);
    if (!scenario) continue;
    const label = id === 'customer-360' ? 'scenario 1' : 'scenario 2';
    checks.push(
      atLeast(
        `${label}: ours ≥ 3.0× stock @apollo/gateway req/s`,
        ratio(rateOf(scenario, 'ours'), rateOf(scenario, 'apollo')),
        3,
        MISSED_BECAUSE.apollo!,
      ),
    );
    checks.push(
      atLeast(
        `${label}: ours ≥ 1.0× stock Hive Gateway + Rust planner req/s`,
        ratio(rateOf(scenario, 'ours'), rateOf(scenario, 'hive')),
        1,
        MISSED_BECAUSE.hive!,
      ),
    );
  }
  const s1 = find('customer-360');
  if (s1)
    checks.push(
      atMost(
        'scenario 1: p99 ≤ 1.3× the direct-subgraph critical path p99',
        ratio(runOf(s1, 'ours')?.load.latencyMs.p99, runOf(s1, 'direct')?.load.latencyMs.p99),
        1.3,
        MISSED_BECAUSE.p99!,
      ),
    );
  const pages = counting.statementsByPageSize.ours;
  checks.push({
    goal: 'SQL statements per request equal for page sizes 10 and 100 (scenario 2, ours)',
    actual: pages ? `${fixed(pages[10], 1)} at 10, ${fixed(pages[100], 1)} at 100` : 'n/a',
    met: pages && pages[10] !== null && pages[100] !== null ? pages[10] === pages[100] : null,
    gap:
      pages && pages[10] !== null && pages[100] !== null
        ? pages[10] === pages[100]
          ? null
          : 'different'
        : 'not measured (no db_statements_total)',
  });
  const ingest = find('ingest');
  if (ingest)
    checks.push(
      atLeast(
        'ingest: ours ≥ 30% of the raw insert rows/s',
        ratio(rateOf(ingest, 'ours'), rateOf(ingest, 'direct')),
        0.3,
        MISSED_BECAUSE.ingest!,
      ),
    );
  const peaks = scenarios
    .map((scenario) => runOf(scenario, 'ours')?.rssMb)
    .filter((mb): mb is number => mb != null);
  checks.push(
    atMost(
      'our gateway RSS under load ≤ 300 MB',
      peaks.length > 0 ? Math.max(...peaks) : null,
      300,
      MISSED_BECAUSE.rss!,
      ' MB',
    ),
  );
  return checks;
}

function scenarioTable(scenario: ScenarioRun, counting: BenchReport['counting']): string {
  const lines = [
    `### ${scenario.title}`,
    '',
    `| target | ${scenario.unit} | p50 ms | p95 ms | p99 ms | errors | SQL/req | subgraph req/req | CPU ms/req | RSS MB |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const run of scenario.runs)
    lines.push(
      `| ${run.label} | ${fixed(run.rate)} | ${fixed(run.load.latencyMs.p50, 1)} | ${fixed(run.load.latencyMs.p95, 1)} | ${fixed(run.load.latencyMs.p99, 1)} | ${run.load.errors} | ${fixed(run.sqlPerRequest, 1)} | ${fixed(run.subgraphRequestsPerRequest, 1)} | ${fixed(run.cpuMsPerRequest, 2)} | ${fixed(run.rssMb)} |`,
    );
  const ours = rateOf(scenario, 'ours');
  lines.push(
    '',
    `Ratios (${scenario.unit}): ours/apollo ${times(ratio(ours, rateOf(scenario, 'apollo')))}, ours/hive ${times(ratio(ours, rateOf(scenario, 'hive')))}, ours/direct floor ${times(ratio(ours, rateOf(scenario, 'direct')))}; p99 ours/direct ${times(ratio(runOf(scenario, 'ours')?.load.latencyMs.p99, runOf(scenario, 'direct')?.load.latencyMs.p99))}.`,
  );
  if (scenario.scenario !== 'ingest') {
    const stages = counting.stages[scenario.scenario];
    lines.push(
      `Our plan: ${stages} stage${stages === 1 ? '' : 's'} of subgraph fetches (the floor replays them in order).`,
    );
  }
  for (const [target, problem] of Object.entries(counting.disagreements[scenario.scenario]))
    if (problem) lines.push(`- ${target} answered differently from ours: ${problem}`);
  for (const run of scenario.runs)
    if (run.load.firstError)
      lines.push(`- ${run.label}: ${run.load.errors} errors, e.g. ${run.load.firstError.slice(0, 300)}`);
  return lines.join('\n');
}

/** The report as markdown: settings, one table per scenario with its ratios, and the targets. */
export function renderMarkdown(report: BenchReport): string {
  const { settings } = report;
  const checks = [
    '| target | this run | met |',
    '| --- | --- | --- |',
    ...report.checks.map(
      (check) =>
        `| ${check.goal} | ${check.actual} | ${check.met === null ? `? (${check.gap})` : check.met ? 'yes' : `**no**, ${check.gap}`} |`,
    ),
  ];
  return [
    `## Benchmark ${settings.date}${settings.quick ? ' (--quick)' : ''}`,
    '',
    `${settings.connections} connections, ${settings.warmupS} s warm-up then ${settings.durationS} s measured per target in ${settings.rounds} interleaved rounds; ` +
      `${settings.customers.toLocaleString('en')} customers; Node ${settings.node}, ${settings.cpus} cores, load average at start ${settings.loadAverage.map((n) => n.toFixed(2)).join(' ')}` +
      `${settings.commit ? `; commit ${settings.commit}` : ''}. Every answer is checked (same shape and ids as our gateway's reference answer); a wrong answer counts as an error, not in the rate.`,
    '',
    ...report.scenarios.flatMap((scenario) => [scenarioTable(scenario, report.counting), '']),
    '### Targets',
    '',
    ...checks,
    '',
    ...(report.checks.some((check) => check.why)
      ? [
          'Why the missed ones are missed:',
          '',
          ...report.checks.filter((check) => check.why).map((check) => `- ${check.goal}: ${check.why}`),
          '',
        ]
      : []),
    'Stock gateways carry only what the subgraphs demand: every subgraph request signed with the gateway secret ' +
      "(HMAC, Hive's `hmacSignature` option; a `willSendRequest` hook on Apollo's data source) and the caller's bearer token passed on. " +
      'The direct floor replays the exact subgraph fetches our gateway made for each input (recorded in a counting phase), stage by stage, ' +
      "through a minimal Node HTTP server so the same load generator drives it; for ingest it is one raw `INSERT … SELECT unnest(…)` into marketing's `signals` table. " +
      "Subgraph requests per request are counted at a recording proxy outside the timed runs; SQL statements per request from the subgraphs' `db_statements_total` around each measured slice, less their idle rate (background jobs) measured just before each scenario.",
    '',
  ].join('\n');
}
