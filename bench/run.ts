import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { ALL_SCOPES } from '../lib/auth/roles';
import { loadAuthSettings } from '../lib/auth/settings';
import { signToken } from '../lib/auth/tokens';
import { SUBGRAPH_NAMES } from '../lib/config';
import { type CountingResult, countingPhase, type ReadScenarioId } from './counting';
import { readStatements } from './db-statements';
import { type LoadSample, runLoad, stopLoad, summarize } from './load';
import { watchProcess } from './process-usage';
import {
  type BenchReport,
  type BenchSettings,
  checkTargets,
  renderMarkdown,
  type ScenarioRun,
  type TargetRun,
} from './report';
import { BENCH_EVENT_PREFIX, INGEST_BATCH, ingestVariables, SCENARIOS, type Scenario } from './scenarios';
import { answerProblem } from './shape';
import { type BenchProcess, type BenchStack, startBenchStack } from './stack';
import { requestBody, TARGETS, type Target } from './targets';

const ROOT = path.resolve(__dirname, '..');
/** How long the subgraphs' idle statement rate is measured before each scenario's timed runs. */
const IDLE_STATEMENTS_MS = 3_000;

function options() {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      warmup: { type: 'string' },
      duration: { type: 'string' },
      rounds: { type: 'string' },
      connections: { type: 'string', default: '32' },
      customers: { type: 'string', default: '10000' },
      scenarios: { type: 'string' },
      targets: { type: 'string' },
      profile: { type: 'string' },
    },
  });
  const number = (name: string, raw: string | undefined, fallback: number) => {
    const value = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(value) || value < 1)
      throw new Error(`--${name} must be a whole number of at least 1`);
    return value;
  };
  const pick = <T extends { id: string }>(name: string, all: readonly T[], raw: string | undefined) => {
    if (!raw) return [...all];
    const ids = raw.split(',');
    const unknown = ids.filter((id) => !all.some((item) => item.id === id));
    if (unknown.length > 0)
      throw new Error(
        `--${name}: unknown ${unknown.join(', ')}; choose from ${all.map((item) => item.id).join(', ')}`,
      );
    return all.filter((item) => ids.includes(item.id));
  };
  return {
    quick: values.quick,
    warmupS: number('warmup', values.warmup, values.quick ? 3 : 15),
    durationS: number('duration', values.duration, values.quick ? 10 : 60),
    rounds: number('rounds', values.rounds, values.quick ? 2 : 4),
    connections: number('connections', values.connections, 32),
    customers: number('customers', values.customers, 10_000),
    scenarios: pick('scenarios', SCENARIOS, values.scenarios),
    // The floor needs our gateway's recorded fetches; ours is always measured, for the ratios.
    targets: pick('targets', TARGETS, values.targets ? `ours,${values.targets}` : undefined),
    // Processes to run under V8's CPU profiler (targets or subgraphs), e.g. `--profile ours,marketing`.
    profile: values.profile
      ? pick(
          'profile',
          [...TARGETS.map(({ id }) => ({ id })), ...SUBGRAPH_NAMES.map((id) => ({ id }))],
          values.profile,
        ).map(({ id }) => id)
      : [],
  };
}

/** Deletes every signal an ingest run wrote, so the next run (and the read scenarios) start from the demo world. */
async function deleteBenchSignals(marketingUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: marketingUrl });
  await client.connect();
  try {
    await client.query('DELETE FROM signals WHERE client_event_id LIKE $1', [`${BENCH_EVENT_PREFIX}%`]);
    await client.query('VACUUM ANALYZE signals');
  } finally {
    await client.end();
  }
}

function commit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

interface Timed {
  target: Target;
  process: BenchProcess;
}

async function main() {
  const settings = options();
  const runId = Date.now().toString(36);
  const startedAt = Date.now();
  const log = (message: string) =>
    console.log(`[bench ${((Date.now() - startedAt) / 1000).toFixed(0).padStart(4)} s] ${message}`);
  const benchSettings: BenchSettings = {
    date: new Date().toISOString().slice(0, 10),
    quick: settings.quick,
    warmupS: settings.warmupS,
    durationS: settings.durationS,
    rounds: settings.rounds,
    connections: settings.connections,
    customers: settings.customers,
    node: process.versions.node,
    cpus: cpus().length,
    loadAverage: loadavg(),
    commit: commit(),
  };

  let stack: BenchStack | null = null;
  let stopping = false;
  const interrupt = async (signal: string) => {
    if (stopping) {
      stack?.kill();
      process.exit(130);
    }
    stopping = true;
    console.log(`\n${signal}: stopping the load and every service (Ctrl-C again kills them)`);
    stopLoad();
    await stack?.stop();
    process.exit(130);
  };
  process.on('SIGINT', () => void interrupt('SIGINT'));
  process.on('SIGTERM', () => void interrupt('SIGTERM'));

  const dataDir = process.env.BENCH_DATA_DIR ?? path.join(ROOT, '.bench-data');
  const profileDir = path.join(dataDir, 'profiles', runId);
  stack = await startBenchStack({
    dataDir,
    customers: settings.customers,
    step: log,
    profile: settings.profile,
    profileDir,
  });
  const running = stack;
  try {
    const auth = loadAuthSettings(running.env);
    const token = await signToken(auth.tokens, { subject: 'bench', scopes: ALL_SCOPES, expiresIn: '6h' });
    const subgraphUrls = SUBGRAPH_NAMES.map((name) => running.subgraphs[name].url);

    log('Counting phase: each gateway behind recording proxies, every scenario input once');
    const counting = await countingPhase(running, token, settings.customers, runId);
    if (stopping) return;

    log(`Starting the targets: ${settings.targets.map((target) => target.id).join(', ')}`);
    const timed: Timed[] = [];
    for (const target of settings.targets)
      timed.push({
        target,
        process: await running.spawn(target.id, target.entry),
      });
    const floor = timed.find(({ target }) => target.id === 'direct');
    if (floor) {
      floor.process.child.send({ plans: counting.plans });
      await once(floor.process.child, 'message');
    }

    const scenarioRuns: ScenarioRun[] = [];
    for (const scenario of settings.scenarios) {
      if (scenario.rowsPerRequest) await deleteBenchSignals(running.databaseUrls.marketing);
      // Subgraphs may run background jobs (a worker polling its queue) that send statements of their own:
      // their rate while no load runs is taken out of every measured slice's count.
      const idleStart = await readStatements(subgraphUrls);
      await new Promise((resolve) => setTimeout(resolve, IDLE_STATEMENTS_MS));
      const idleEnd = await readStatements(subgraphUrls);
      const idlePerSecond =
        idleStart === null || idleEnd === null ? 0 : ((idleEnd - idleStart) * 1000) / IDLE_STATEMENTS_MS;
      const measured = timed.map(() => ({
        samples: [] as LoadSample[],
        statements: 0 as number | null,
        rssMb: null as number | null,
        cpuMs: 0 as number | null,
      }));
      const load = ({ target, process }: Timed, phase: string, durationS: number) =>
        runLoad({
          url: process.url,
          connections: settings.connections,
          durationS,
          headers: { authorization: `Bearer ${token}` },
          ...requests(scenario, target, counting, `${runId}-${target.id}-${phase}`, settings.customers),
        });
      log(`${scenario.id}: ${settings.warmupS} s warm-up per target`);
      for (const entry of timed) {
        if (stopping) return;
        await load(entry, 'warm-up', settings.warmupS);
      }
      // Measured in interleaved slices (every target once per round), so a change in the machine's other
      // load during the run weighs on every target alike.
      const sliceS = Math.max(1, Math.round(settings.durationS / settings.rounds));
      for (let round = 0; round < settings.rounds; round++) {
        log(`${scenario.id}: round ${round + 1}/${settings.rounds}, ${sliceS} s per target`);
        for (const [index, entry] of timed.entries()) {
          if (stopping) return;
          const slot = measured[index]!;
          const before = await readStatements(subgraphUrls);
          const usage = watchProcess(entry.process.child.pid!);
          slot.samples.push(await load(entry, `r${round}`, sliceS));
          const { peakRssMb, cpuMs } = usage.stop();
          const after = await readStatements(subgraphUrls);
          if (peakRssMb !== null) slot.rssMb = Math.max(slot.rssMb ?? 0, peakRssMb);
          slot.cpuMs = cpuMs === null || slot.cpuMs === null ? null : slot.cpuMs + cpuMs;
          const sliceSeconds = slot.samples[slot.samples.length - 1]!.durationS;
          slot.statements =
            before === null || after === null || slot.statements === null
              ? null
              : slot.statements + Math.max(0, after - before - idlePerSecond * sliceSeconds);
        }
      }
      const runs: TargetRun[] = timed.map(({ target }, index) => {
        const slot = measured[index]!;
        const result = summarize(slot.samples);
        const answered = result.ok + result.errors;
        const run: TargetRun = {
          target: target.id,
          label: target.label,
          load: result,
          rate: (result.ok * (scenario.rowsPerRequest ?? 1)) / result.durationS,
          sqlPerRequest: slot.statements !== null && answered > 0 ? slot.statements / answered : null,
          subgraphRequestsPerRequest: counting.subgraphRequests[scenario.id][target.id] ?? null,
          rssMb: slot.rssMb,
          cpuMsPerRequest: slot.cpuMs !== null && answered > 0 ? slot.cpuMs / answered : null,
        };
        log(
          `  ${target.id}: ${run.rate.toFixed(0)} ${scenario.rowsPerRequest ? 'rows' : 'req'}/s, p99 ${result.latencyMs.p99.toFixed(1)} ms, ${result.errors} errors, ${run.cpuMsPerRequest?.toFixed(2) ?? 'n/a'} CPU ms/req, RSS ${slot.rssMb?.toFixed(0) ?? 'n/a'} MB`,
        );
        return run;
      });
      scenarioRuns.push({
        scenario: scenario.id,
        title: scenario.title,
        unit: scenario.rowsPerRequest ? 'rows/s' : 'req/s',
        runs,
      });
    }

    const { plans: _plans, references: _references, variants: _variants, ...countingSummary } = counting;
    const report: BenchReport = {
      settings: benchSettings,
      scenarios: scenarioRuns,
      counting: countingSummary,
      checks: checkTargets(scenarioRuns, counting),
    };
    const markdown = renderMarkdown(report);
    console.log(`\n${markdown}`);
    // A profiled process runs slower: such a run is for its profiles, not for the results on record.
    if (settings.profile.length === 0) {
      const resultsDir = path.join(ROOT, 'bench/results');
      mkdirSync(resultsDir, { recursive: true });
      const name = `${benchSettings.date}${settings.quick ? '-quick' : ''}`;
      writeFileSync(path.join(resultsDir, `${name}.md`), markdown);
      writeFileSync(path.join(resultsDir, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
      log(`Wrote bench/results/${name}.md and .json`);
    }
  } finally {
    if (!stopping) {
      await deleteBenchSignals(running.databaseUrls.marketing).catch(() => {});
      log('Stopping every service');
      await running.stop();
      if (settings.profile.length > 0)
        log(
          `CPU profiles (open in Chrome DevTools or speedscope): ${path.relative(ROOT, profileDir)}/<process>`,
        );
    }
  }
}

/** What the n-th request of a timed run sends, and how its answer is checked. */
function requests(
  scenario: Scenario,
  target: Target,
  counting: CountingResult,
  runId: string,
  customers: number,
) {
  if (scenario.rowsPerRequest) {
    return {
      request: (n: number) => ({
        body: requestBody(target, scenario, 0, ingestVariables(runId, n, customers)),
        expect: null,
      }),
      check: (status: number, body: string) => {
        if (status !== 200) return body.slice(0, 200);
        const answer = JSON.parse(body) as {
          data?: { recordSignals?: { accepted: number }; inserted?: number };
          errors?: unknown;
        };
        const written = target.gateway ? answer.data?.recordSignals?.accepted : answer.data?.inserted;
        return written === INGEST_BATCH ? null : body.slice(0, 300);
      },
    };
  }
  const id = scenario.id as ReadScenarioId;
  const bodies = counting.variants[id].map((variables, variant) =>
    requestBody(target, scenario, variant, variables),
  );
  const references = counting.references[id];
  return {
    request: (n: number) => {
      const variant = n % bodies.length;
      return { body: bodies[variant]!, expect: references[variant] };
    },
    check: (status: number, body: string, expect: unknown) => {
      if (status !== 200) return body.slice(0, 200);
      if (!target.gateway) return body.startsWith('{"data"') ? null : body.slice(0, 300);
      return answerProblem(body, expect as string);
    },
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
