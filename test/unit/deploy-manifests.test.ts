import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import Ajv from 'ajv';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse as parseGraphql,
  type SelectionSetNode,
} from 'graphql';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Namespace, Secret, Service } from 'kubernetes-models/v1';
import ts from 'typescript';
import { parseAllDocuments, parse as parseYaml } from 'yaml';
import { SERVICE_ENTRIES, SERVICE_NAMES, servicePort } from '../../deploy/docker/services';
import { SUBGRAPH_NAMES } from '../../lib/config';

// Validates everything in deploy/ (and the Dockerfile) as files: no cluster, no Docker, no network.
// Kubernetes objects: kubernetes-models' JSON schemas (the API's OpenAPI definitions, compiled into the
// package) for types and required fields, and its TypeScript interfaces for fields the API does not
// have (the OpenAPI schemas allow unknown fields; `kubectl apply` rejects them). The Router config:
// deploy/router.schema.json (see its $comment). Then the cross-references no schema knows about.

const ROOT = path.resolve(__dirname, '../..');
const DEPLOY = path.join(ROOT, 'deploy');
const rel = (file: string) => path.relative(ROOT, file);
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** PostgreSQL's default max_connections is 100; a department's pods may hold at most this many. */
const POSTGRES_CONNECTION_BUDGET = 80;
/** What a stop may take after the drain (closing the pool, the runtime) before the process gives up. */
const STOP_MARGIN_MS = 5_000;
const CONFIG_MAP = 'customer-360-config';
const SECRET = 'customer-360-secrets';
const IMAGE = 'customer-360';
const ROUTER = 'apollo-router';

interface Doc {
  file: string;
  index: number;
  value: any;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(full);
    return /\.ya?ml$/.test(entry.name) ? [full] : [];
  });
}

function loadDocs(): { docs: Doc[]; problems: string[] } {
  const docs: Doc[] = [];
  const problems: string[] = [];
  for (const file of yamlFiles(DEPLOY).sort()) {
    parseAllDocuments(readFileSync(file, 'utf8')).forEach((document, index) => {
      for (const error of [...document.errors, ...document.warnings]) {
        problems.push(`${rel(file)}#${index}: ${error.message}`);
      }
      const value = document.toJS();
      if (value === null || value === undefined) return;
      if (typeof value !== 'object' || Array.isArray(value)) {
        problems.push(`${rel(file)}#${index}: not a mapping`);
        return;
      }
      docs.push({ file: rel(file), index, value });
    });
  }
  return { docs, problems };
}

const loaded = loadDocs();
const isKustomization = (doc: Doc) =>
  String(doc.value.apiVersion ?? '').startsWith('kustomize.config.k8s.io');
const kustomizations = loaded.docs.filter(isKustomization);
const routerConfig = loaded.docs.find((doc) => doc.file === 'deploy/router.yaml')!.value;
const k8sObjects = loaded.docs.filter((doc) => !isKustomization(doc) && doc.file.startsWith('deploy/k8s/'));
const objects = k8sObjects.map((doc) => doc.value);

const clone = <T>(value: T): T => structuredClone(value);
const ofKind = (all: any[], kind: string) => all.filter((object) => object.kind === kind);
const named = (all: any[], kind: string, name: string) =>
  all.find((object) => object.kind === kind && object.metadata?.name === name);
const label = (object: any) => `${object.kind}/${object.metadata?.name}`;

/** What every service needs in production with a shared JWT secret (lib/auth/settings.ts). */
const AUTH_SECRET_KEYS = ['AUTH_JWT_SECRET', 'GATEWAY_HMAC_SECRET'];

/** `.env.example`'s variables, set or commented out: every setting the services read. */
const ENV_KEYS = new Set(
  [...read('.env.example').matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]),
);

// ---------------------------------------------------------------------------------------------------
// Schemas

type ModelClass = new (data: any) => { validate(): void };
const MODELS: Record<string, { model: ModelClass; module: string; type: string }> = {
  'apps/v1 Deployment': {
    model: Deployment,
    module: 'kubernetes-models/apps/v1/Deployment',
    type: 'IDeployment',
  },
  'v1 Service': { model: Service, module: 'kubernetes-models/v1/Service', type: 'IService' },
  'v1 ConfigMap': { model: ConfigMap, module: 'kubernetes-models/v1/ConfigMap', type: 'IConfigMap' },
  'v1 Secret': { model: Secret, module: 'kubernetes-models/v1/Secret', type: 'ISecret' },
  'v1 Namespace': { model: Namespace, module: 'kubernetes-models/v1/Namespace', type: 'INamespace' },
  'policy/v1 PodDisruptionBudget': {
    model: PodDisruptionBudget,
    module: 'kubernetes-models/policy/v1/PodDisruptionBudget',
    type: 'IPodDisruptionBudget',
  },
  'autoscaling/v2 HorizontalPodAutoscaler': {
    model: HorizontalPodAutoscaler,
    module: 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler',
    type: 'IHorizontalPodAutoscaler',
  },
};
const modelKey = (object: any) => `${object.apiVersion} ${object.kind}`;

function schemaProblems(all: any[]): string[] {
  return all.flatMap((object) => {
    const entry = MODELS[modelKey(object)];
    if (!entry) return [`${label(object)}: no schema for ${modelKey(object)} (add it to MODELS)`];
    try {
      new entry.model(object).validate();
      return [];
    } catch (error) {
      return [`${label(object)}: ${(error as Error).message}`];
    }
  });
}

/**
 * Fields the API does not define: each object becomes a typed object literal, checked by the TypeScript
 * compiler against kubernetes-models' interfaces (excess property checks, nested all the way down).
 */
function unknownFieldProblems(all: any[]): string[] {
  const known = all.filter((object) => MODELS[modelKey(object)]);
  const kinds = [...new Set(known.map(modelKey))];
  const lines = kinds.map(
    (key, i) => `import type { ${MODELS[key].type} as T${i} } from '${MODELS[key].module}';`,
  );
  const starts: number[] = [];
  known.forEach((object, i) => {
    starts.push(lines.length);
    lines.push(`export const o${i}: T${kinds.indexOf(modelKey(object))} = ${JSON.stringify(object)};`);
  });
  const file = path.join(ROOT, 'test/unit/__deploy_manifests_check__.ts');
  const text = lines.join('\n');
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2022.d.ts'],
    types: [],
    skipLibCheck: true,
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists } = host;
  host.getSourceFile = (name, language, ...rest) =>
    name === file
      ? ts.createSourceFile(name, text, language)
      : getSourceFile.call(host, name, language, ...rest);
  host.fileExists = (name) => name === file || fileExists.call(host, name);
  const program = ts.createProgram([file], options, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    // The literals quote their keys (JSON); the messages read better without.
    const message = ts
      .flattenDiagnosticMessageText(diagnostic.messageText, ' ')
      .replace(/'"([^"]+)"'/g, "'$1'");
    if (diagnostic.file?.fileName !== file || diagnostic.start === undefined) return message;
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    const i = starts.findLastIndex((start) => start <= line);
    return i < 0 ? message : `${label(known[i])}: ${message}`;
  });
}

const routerSchema = JSON.parse(read('deploy/router.schema.json'));
const validateRouter = new Ajv({ allErrors: true, strict: true }).compile(routerSchema);

function routerSchemaProblems(config: unknown): string[] {
  if (validateRouter(config)) return [];
  return (validateRouter.errors ?? []).map(
    (error) => `${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}`,
  );
}

// ---------------------------------------------------------------------------------------------------
// Cross-references

const configMapData = (all: any[]): Record<string, string> => named(all, 'ConfigMap', CONFIG_MAP)?.data ?? {};

function podSpec(deployment: any): any {
  return deployment.spec?.template?.spec ?? {};
}

/** Our image's Deployments: the gateway and the subgraphs, each running the service its args name. */
const serviceDeployments = (all: any[]) =>
  ofKind(all, 'Deployment').filter((deployment) =>
    podSpec(deployment).containers?.some((container: any) => container.image === IMAGE),
  );

/** What a container's process sees: the ConfigMap's keys (envFrom) and its literal `env` values. */
function containerEnv(all: any[], container: any): Record<string, string> {
  const env: Record<string, string> = {};
  for (const source of container.envFrom ?? []) {
    if (source.configMapRef)
      Object.assign(env, named(all, 'ConfigMap', source.configMapRef.name)?.data ?? {});
  }
  for (const variable of container.env ?? []) {
    const ref = variable.valueFrom?.configMapKeyRef;
    env[variable.name] = ref
      ? named(all, 'ConfigMap', ref.name)?.data?.[ref.key]
      : (variable.value ?? '(secret)');
  }
  return env;
}

const namedPort = (container: any, port: unknown) =>
  typeof port === 'string'
    ? container.ports?.find((candidate: any) => candidate.name === port)?.containerPort
    : port;

const listenPort = (address: string) => Number(address.slice(address.lastIndexOf(':') + 1));

function expectedProbes(name: string): Record<string, { path: string; port: number } | undefined> {
  if (name === ROUTER) {
    const health = routerConfig.health_check;
    const port = listenPort(health.listen);
    return {
      readinessProbe: { path: `${health.path}?ready`, port },
      livenessProbe: { path: `${health.path}?live`, port },
      startupProbe: { path: `${health.path}?live`, port },
    };
  }
  return {
    readinessProbe: { path: '/readyz', port: NaN },
    livenessProbe: { path: '/healthz', port: NaN },
    startupProbe: { path: '/healthz', port: NaN },
  };
}

function probeProblems(all: any[]): string[] {
  const problems: string[] = [];
  for (const deployment of ofKind(all, 'Deployment')) {
    const name = deployment.metadata.name;
    for (const container of podSpec(deployment).containers ?? []) {
      const expected = expectedProbes(name);
      // Our services listen on the port their settings give them; the probes must ask that one.
      const servingPort = (SERVICE_NAMES as readonly string[]).includes(name)
        ? servicePort(name as (typeof SERVICE_NAMES)[number], containerEnv(all, container))
        : undefined;
      for (const [probe, want] of Object.entries(expected)) {
        const actual = container[probe];
        if (!actual) {
          if (probe !== 'startupProbe') problems.push(`${label(deployment)}: no ${probe}`);
          continue;
        }
        const get = actual.httpGet;
        if (!get) {
          problems.push(`${label(deployment)}: ${probe} is not an HTTP GET`);
          continue;
        }
        if (get.path !== want?.path) {
          problems.push(`${label(deployment)}: ${probe} asks ${get.path}, expected ${want?.path}`);
        }
        const port = namedPort(container, get.port);
        const wantPort = servingPort ?? want?.port;
        if (port !== wantPort) {
          problems.push(
            `${label(deployment)}: ${probe} asks port ${get.port} (${port}), the service listens on ${wantPort}`,
          );
        }
      }
      if (servingPort !== undefined && namedPort(container, 'http') !== servingPort) {
        problems.push(
          `${label(deployment)}: container port "http" is not the port the service listens on (${servingPort})`,
        );
      }
    }
  }
  return problems;
}

const selects = (selector: Record<string, string>, labels: Record<string, string> = {}) =>
  Object.entries(selector).every(([key, value]) => labels[key] === value);

function serviceProblems(all: any[]): string[] {
  const problems: string[] = [];
  for (const service of ofKind(all, 'Service')) {
    const selector = service.spec?.selector ?? {};
    const targets = ofKind(all, 'Deployment').filter(
      (deployment) =>
        Object.keys(selector).length > 0 && selects(selector, deployment.spec?.template?.metadata?.labels),
    );
    if (targets.length !== 1) {
      problems.push(
        `${label(service)}: selects ${targets.length} Deployments (${targets.map(label).join(', ')})`,
      );
      continue;
    }
    const container = podSpec(targets[0]).containers[0];
    for (const port of service.spec.ports ?? []) {
      if (namedPort(container, port.targetPort ?? port.port) === undefined) {
        problems.push(
          `${label(service)}: targetPort ${port.targetPort} is not a port of ${label(targets[0])}`,
        );
      }
    }
  }
  for (const deployment of ofKind(all, 'Deployment')) {
    if (!selects(deployment.spec?.selector?.matchLabels ?? {}, deployment.spec?.template?.metadata?.labels)) {
      problems.push(`${label(deployment)}: its selector does not match its own pods`);
    }
  }
  for (const kind of ['PodDisruptionBudget']) {
    for (const object of ofKind(all, kind)) {
      const matches = ofKind(all, 'Deployment').filter((deployment) =>
        selects(object.spec?.selector?.matchLabels ?? {}, deployment.spec?.template?.metadata?.labels),
      );
      if (matches.length !== 1) problems.push(`${label(object)}: selects ${matches.length} Deployments`);
    }
  }
  return problems;
}

const ENV_REF = /\$\{env\.([A-Z0-9_]+)(?::-([^}]*))?\}/g;

/** `${env.NAME:-default}` references in the Router's config values (comments left out). */
function routerEnvRefs(): Array<{ name: string; fallback?: string }> {
  const refs: Array<{ name: string; fallback?: string }> = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      for (const match of value.matchAll(ENV_REF)) refs.push({ name: match[1], fallback: match[2] });
    } else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(routerConfig);
  return refs;
}

function envProblems(all: any[]): string[] {
  const problems: string[] = [];
  const secret = named(all, 'Secret', SECRET);
  const secretKeys = Object.keys({ ...secret?.stringData, ...secret?.data });
  for (const key of Object.keys(configMapData(all))) {
    if (!ENV_KEYS.has(key))
      problems.push(`ConfigMap/${CONFIG_MAP}: ${key} is not a setting the services read`);
  }
  for (const key of secretKeys) {
    if (!ENV_KEYS.has(key)) problems.push(`Secret/${SECRET}: ${key} is not a setting the services read`);
  }
  const routerReads = new Set(routerEnvRefs().map((ref) => ref.name));
  for (const deployment of ofKind(all, 'Deployment')) {
    const name = deployment.metadata.name;
    for (const container of podSpec(deployment).containers ?? []) {
      for (const source of container.envFrom ?? []) {
        const ref = source.configMapRef ?? source.secretRef;
        const kind = source.configMapRef ? 'ConfigMap' : 'Secret';
        if (!named(all, kind, ref?.name))
          problems.push(`${label(deployment)}: envFrom ${kind}/${ref?.name} does not exist`);
      }
      for (const variable of container.env ?? []) {
        const reads = name === ROUTER ? routerReads.has(variable.name) : ENV_KEYS.has(variable.name);
        if (!reads) problems.push(`${label(deployment)}: sets ${variable.name}, which ${name} does not read`);
        const configRef = variable.valueFrom?.configMapKeyRef;
        if (configRef && named(all, 'ConfigMap', configRef.name)?.data?.[configRef.key] === undefined) {
          problems.push(
            `${label(deployment)}: ${variable.name} reads ConfigMap/${configRef.name} key ${configRef.key}, which is absent`,
          );
        }
        const secretRef = variable.valueFrom?.secretKeyRef;
        if (secretRef && (secretRef.name !== SECRET || !secretKeys.includes(secretRef.key))) {
          problems.push(
            `${label(deployment)}: ${variable.name} reads Secret/${secretRef.name} key ${secretRef.key}, which is absent`,
          );
        }
      }
      if (container.image !== IMAGE) continue;
      // Each subgraph gets its own database URL, from the Secret; the gateway gets none.
      const databaseUrls = (container.env ?? [])
        .filter((variable: any) => /DATABASE_URL$/.test(variable.name))
        .map((variable: any) => variable.name);
      const own = name === 'gateway' ? [] : [`${name.toUpperCase()}_DATABASE_URL`];
      if (JSON.stringify(databaseUrls) !== JSON.stringify(own)) {
        problems.push(
          `${label(deployment)}: database URLs ${JSON.stringify(databaseUrls)}, expected ${JSON.stringify(own)}`,
        );
      }
      for (const variable of container.env ?? []) {
        if (/DATABASE_URL$/.test(variable.name) && variable.valueFrom?.secretKeyRef?.key !== variable.name) {
          problems.push(`${label(deployment)}: ${variable.name} must come from the Secret`);
        }
      }
    }
  }
  // The URLs the gateway and departments call are the subgraphs' Services, on their ports.
  const config = configMapData(all);
  for (const name of SUBGRAPH_NAMES) {
    const url = config[`${name.toUpperCase()}_URL`];
    const service = named(all, 'Service', name);
    const expected = service && `http://${name}:${service.spec.ports[0].port}/graphql`;
    if (url !== expected)
      problems.push(
        `ConfigMap/${CONFIG_MAP}: ${name.toUpperCase()}_URL is ${url}, the Service answers at ${expected}`,
      );
  }
  return problems;
}

function shutdownProblems(all: any[]): string[] {
  const problems: string[] = [];
  for (const deployment of ofKind(all, 'Deployment')) {
    const spec = podSpec(deployment);
    const container = spec.containers[0];
    const command: string[] = container.lifecycle?.preStop?.exec?.command ?? [];
    const preStopMs = command[0] === 'sleep' ? Number(command[1]) * 1000 : 0;
    const drainMs =
      deployment.metadata.name === ROUTER
        ? parseDurationMs(routerConfig.supergraph.connection_shutdown_timeout ?? '60s')
        : Number(containerEnv(all, container).SHUTDOWN_GRACE_MS ?? 10_000);
    const graceMs = (spec.terminationGracePeriodSeconds ?? 30) * 1000;
    if (!(graceMs > preStopMs + drainMs + STOP_MARGIN_MS)) {
      problems.push(
        `${label(deployment)}: terminationGracePeriodSeconds ${graceMs / 1000} s leaves no time to drain (${preStopMs} ms pause + ${drainMs} ms)`,
      );
    }
  }
  return problems;
}

function parseDurationMs(value: string): number {
  const match = /^(\d+)(ms|s|m)$/.exec(value);
  if (!match) throw new Error(`unsupported duration ${value}`);
  return Number(match[1]) * { ms: 1, s: 1000, m: 60_000 }[match[2] as 'ms' | 's' | 'm'];
}

/** The Router's config as it runs in the cluster: `${env.NAME:-default}` expanded from the pod's env. */
function expandedRouterConfig(all: any[]): any {
  const router = named(all, 'Deployment', ROUTER);
  const env = router ? containerEnv(all, podSpec(router).containers[0]) : {};
  const expand = (value: unknown): unknown => {
    if (typeof value === 'string') {
      return value.replace(
        ENV_REF,
        (_, name: string, fallback?: string) => env[name] ?? fallback ?? `<unset ${name}>`,
      );
    }
    if (Array.isArray(value)) return value.map(expand);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, expand(item)]));
    }
    return value;
  };
  return expand(routerConfig);
}

// ---------------------------------------------------------------------------------------------------
// The image

interface Instruction {
  keyword: string;
  args: string;
}

function dockerfile(text = read('Dockerfile')): Instruction[] {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [keyword, ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    });
}

/** `COPY` sources from the build context (not from another stage). */
function copiedPaths(instructions: Instruction[]): string[] {
  return instructions
    .filter((instruction) => instruction.keyword === 'COPY' && !instruction.args.includes('--from'))
    .flatMap((instruction) => {
      const parts = instruction.args.split(/\s+/).filter((part) => !part.startsWith('--'));
      return parts.slice(0, -1).map((source) => source.replace(/^\.\//, '').replace(/\/$/, ''));
    });
}

const BUILTINS = new Set(builtinModules);

/** Files and packages a module loads at run time (type-only imports are erased and left out). */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const specifiers: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause?.isTypeOnly ||
        (clause &&
          !clause.name &&
          clause.namedBindings &&
          ts.isNamedImports(clause.namedBindings) &&
          clause.namedBindings.elements.length > 0 &&
          clause.namedBindings.elements.every((element) => element.isTypeOnly));
      if (!typeOnly) specifiers.push(node.moduleSpecifier.text);
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      if (!node.isTypeOnly) specifiers.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require')) &&
      node.arguments.length === 1 &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      specifiers.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers;
}

function resolveLocal(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  return [base, `${base}.ts`, path.join(base, 'index.ts')].find(
    (candidate) => existsSync(candidate) && statSync(candidate).isFile(),
  );
}

/** Every source file the image's entry point reaches, and every package those files load. */
function runtimeGraph(entries: string[]): {
  files: Set<string>;
  packages: Set<string>;
  unresolved: string[];
} {
  const files = new Set<string>();
  const packages = new Set<string>();
  const unresolved: string[] = [];
  const queue = entries.map((entry) => path.join(ROOT, entry));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    if (!file.endsWith('.ts')) continue;
    for (const specifier of runtimeImports(file)) {
      if (specifier.startsWith('.')) {
        const target = resolveLocal(file, specifier);
        if (target) queue.push(target);
        else unresolved.push(`${rel(file)}: ${specifier}`);
      } else if (!specifier.startsWith('node:') && !BUILTINS.has(specifier)) {
        const parts = specifier.split('/');
        packages.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]);
      }
    }
  }
  return { files, packages, unresolved };
}

// ---------------------------------------------------------------------------------------------------
// Example operations against the Router's limits

interface OperationShape {
  depth: number;
  aliases: number;
  rootFields: number;
  fieldPaths: number;
}

function operationShape(operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>) {
  const shape: OperationShape = { depth: 0, aliases: 0, rootFields: 0, fieldPaths: 0 };
  const paths = new Set<string>();
  const walk = (set: SelectionSetNode, depth: number, at: string, seen: Set<string>) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (depth === 1) shape.rootFields += 1;
        if (selection.alias) shape.aliases += 1;
        shape.depth = Math.max(shape.depth, depth);
        const here = `${at}/${selection.name.value}`;
        paths.add(here);
        if (selection.selectionSet) walk(selection.selectionSet, depth + 1, here, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, depth, at, seen);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !seen.has(fragment.name.value)) {
          walk(fragment.selectionSet, depth, at, new Set([...seen, fragment.name.value]));
        }
      }
    }
  };
  walk(operation.selectionSet, 1, '', new Set());
  shape.fieldPaths = paths.size;
  return shape;
}

function exampleOperations(): Array<{ name: string; shape: OperationShape }> {
  const dir = path.join(ROOT, 'examples/operations');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .flatMap((file) => {
      const document: DocumentNode = parseGraphql(readFileSync(path.join(dir, file), 'utf8'));
      const fragments = new Map(
        document.definitions
          .filter(
            (definition): definition is FragmentDefinitionNode =>
              definition.kind === Kind.FRAGMENT_DEFINITION,
          )
          .map((fragment) => [fragment.name.value, fragment]),
      );
      return document.definitions
        .filter(
          (definition): definition is OperationDefinitionNode =>
            definition.kind === Kind.OPERATION_DEFINITION,
        )
        .map((operation) => ({
          name: `${file} ${operation.name?.value ?? '(anonymous)'}`,
          shape: operationShape(operation, fragments),
        }));
    });
}

// ---------------------------------------------------------------------------------------------------

describe('deploy/ manifests', () => {
  it('should parse every YAML file in deploy/ without errors', () => {
    expect(loaded.problems).toEqual([]);
    expect(k8sObjects.length).toBeGreaterThan(10);
    expect(kustomizations.length).toBeGreaterThan(0);
  });

  it('should validate every Kubernetes object against its API schema', () => {
    expect(schemaProblems(objects)).toEqual([]);
  });

  it('should use no field the Kubernetes API does not define', () => {
    expect(unknownFieldProblems(objects)).toEqual([]);
  });

  it('should apply every manifest through a kustomization, and name only files that exist', () => {
    const referenced = new Set<string>();
    const problems: string[] = [];
    for (const kustomization of kustomizations) {
      const dir = path.dirname(path.join(ROOT, kustomization.file));
      for (const resource of kustomization.value.resources ?? []) {
        const target = path.resolve(dir, resource);
        if (!existsSync(target)) problems.push(`${kustomization.file}: ${resource} does not exist`);
        else if (statSync(target).isDirectory() && !existsSync(path.join(target, 'kustomization.yaml'))) {
          problems.push(`${kustomization.file}: ${resource} has no kustomization.yaml`);
        } else referenced.add(rel(target));
      }
      for (const patch of kustomization.value.patches ?? []) {
        if (patch.target?.kind && ofKind(objects, patch.target.kind).length === 0) {
          problems.push(`${kustomization.file}: a patch targets ${patch.target.kind}, which no manifest is`);
        }
      }
      for (const image of kustomization.value.images ?? []) {
        const used = ofKind(objects, 'Deployment').some((deployment) =>
          podSpec(deployment).containers.some((container: any) => container.image === image.name),
        );
        if (!used) problems.push(`${kustomization.file}: image ${image.name} is used by no container`);
      }
    }
    const manifests = new Set(k8sObjects.map((doc) => doc.file));
    for (const file of manifests) if (!referenced.has(file)) problems.push(`${file} is in no kustomization`);
    expect(problems).toEqual([]);
    for (const file of ['base', 'autoscaling', 'router'].map(
      (dir) => `deploy/k8s/${dir}/kustomization.yaml`,
    )) {
      expect([file, kustomizations.find((doc) => doc.file === file)?.value.namespace]).toEqual([
        file,
        'customer-360',
      ]);
    }
  });

  // kubectl (with kustomize built in) is on our machines but is no npm package: the rendering is checked
  // where it is installed, and everything above is checked everywhere.
  const hasKubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status === 0;
  (hasKubectl ? it : it.skip)('should render every kustomization with kubectl kustomize', () => {
    for (const kustomization of kustomizations) {
      const dir = path.dirname(kustomization.file);
      const run = spawnSync('kubectl', ['kustomize', dir], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
      expect([dir, run.status, run.stderr]).toEqual([dir, 0, '']);
      const rendered = parseAllDocuments(run.stdout).map((document) => document.toJS());
      expect(schemaProblems(rendered)).toEqual([]);
      for (const object of rendered) {
        const namespace = object.kind === 'Namespace' ? object.metadata.name : object.metadata.namespace;
        expect([label(object), namespace]).toEqual([label(object), 'customer-360']);
      }
      const deployments = ofKind(rendered, 'Deployment');
      expect(deployments.length).toBeGreaterThanOrEqual(SERVICE_NAMES.length);
      if (dir.endsWith('autoscaling')) {
        // The autoscalers own the replica counts: none is left on a Deployment to fight them.
        for (const deployment of deployments) {
          expect([label(deployment), deployment.spec.replicas]).toEqual([label(deployment), undefined]);
          expect(named(rendered, 'HorizontalPodAutoscaler', deployment.metadata.name)).toBeDefined();
        }
      }
    }
  });

  it('should run a Deployment and a Service for the gateway and each subgraph, the gateway twice or more', () => {
    for (const name of SERVICE_NAMES) {
      const deployment = named(objects, 'Deployment', name);
      expect(deployment).toBeDefined();
      expect(named(objects, 'Service', name)).toBeDefined();
      expect(podSpec(deployment).containers[0]).toMatchObject({ image: IMAGE, args: [name] });
    }
    expect(named(objects, 'Deployment', 'gateway').spec.replicas).toBeGreaterThanOrEqual(2);
    const gatewayScaler = named(objects, 'HorizontalPodAutoscaler', 'gateway');
    expect(gatewayScaler.spec.minReplicas).toBeGreaterThanOrEqual(2);
    // Every Deployment of our image runs one of the image's services, the one it is named after.
    for (const deployment of serviceDeployments(objects)) {
      expect(SERVICE_NAMES).toContain(deployment.metadata.name);
    }
  });

  it('should probe readiness on /readyz and liveness on /healthz, on the port each service listens on', () => {
    expect(probeProblems(objects)).toEqual([]);
  });

  it('should let Prometheus scrape /metrics on the port each service listens on', () => {
    for (const deployment of serviceDeployments(objects)) {
      const name = deployment.metadata.name as (typeof SERVICE_NAMES)[number];
      const env = containerEnv(objects, podSpec(deployment).containers[0]);
      expect([name, deployment.spec.template.metadata.annotations]).toEqual([
        name,
        {
          'prometheus.io/scrape': 'true',
          'prometheus.io/port': String(servicePort(name, env)),
          'prometheus.io/path': '/metrics',
        },
      ]);
    }
  });

  it('should select exactly one Deployment with every Service and PodDisruptionBudget, on a declared port', () => {
    expect(serviceProblems(objects)).toEqual([]);
  });

  it('should set only variables the services read, each subgraph only its own database URL', () => {
    expect(envProblems(objects)).toEqual([]);
  });

  it('should give every pod resource requests and limits, a non-root user and time to drain', () => {
    const problems: string[] = [];
    for (const deployment of ofKind(objects, 'Deployment')) {
      const spec = podSpec(deployment);
      if (spec.securityContext?.runAsNonRoot !== true) problems.push(`${label(deployment)}: may run as root`);
      for (const container of spec.containers) {
        for (const kind of ['requests', 'limits']) {
          for (const resource of ['cpu', 'memory']) {
            if (!container.resources?.[kind]?.[resource]) {
              problems.push(`${label(deployment)}: no ${resource} ${kind}`);
            }
          }
        }
        if (container.securityContext?.allowPrivilegeEscalation !== false) {
          problems.push(`${label(deployment)}: allows privilege escalation`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(shutdownProblems(objects)).toEqual([]);
  });

  it('should hold only placeholders in the Secret, for one PostgreSQL per department and the auth keys', () => {
    const secret = named(objects, 'Secret', SECRET);
    const values: Record<string, string> = secret.stringData;
    const databaseKeys = SUBGRAPH_NAMES.map((name) => `${name.toUpperCase()}_DATABASE_URL`);
    expect(Object.keys(values).sort()).toEqual(
      [...databaseKeys, ...AUTH_SECRET_KEYS, 'SUPPRESSION_HASH_SECRET'].sort(),
    );
    for (const value of Object.values(values)) expect(value).toContain('REPLACE_ME');
    const urls = databaseKeys.map((key) => new URL(values[key]!));
    expect(new Set(urls.map((url) => url.host)).size).toBe(SUBGRAPH_NAMES.length);
    expect(new Set(urls.map((url) => url.pathname)).size).toBe(SUBGRAPH_NAMES.length);
    expect(secret.data).toBeUndefined();
  });

  it('should give every service the auth secrets production refuses to start without, and customers the suppression key', () => {
    for (const name of ['gateway', ...SUBGRAPH_NAMES]) {
      const [container] = named(objects, 'Deployment', name).spec.template.spec.containers;
      const fromSecret = (container.env ?? [])
        .filter((entry: any) => entry.valueFrom?.secretKeyRef?.name === SECRET)
        .map((entry: any) => entry.name);
      expect({ name, secrets: fromSecret.filter((key: string) => !key.endsWith('_DATABASE_URL')) }).toEqual({
        name,
        secrets: name === 'customers' ? [...AUTH_SECRET_KEYS, 'SUPPRESSION_HASH_SECRET'] : AUTH_SECRET_KEYS,
      });
    }
  });

  it("should keep each subgraph's autoscaling within its department's PostgreSQL connections", () => {
    const poolMax = Number(configMapData(objects).DB_POOL_MAX);
    expect(poolMax).toBeGreaterThan(0);
    for (const name of SUBGRAPH_NAMES) {
      const scaler = named(objects, 'HorizontalPodAutoscaler', name);
      expect(scaler?.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name });
      const surge = named(objects, 'Deployment', name).spec.strategy.rollingUpdate.maxSurge;
      expect((scaler.spec.maxReplicas + surge) * poolMax).toBeLessThanOrEqual(POSTGRES_CONNECTION_BUDGET);
    }
  });
});

describe('deploy/router.yaml', () => {
  const config = expandedRouterConfig(objects);

  it('should match the Router configuration schema', () => {
    expect(routerSchemaProblems(config)).toEqual([]);
  });

  it('should serve the same supergraph: every subgraph of supergraph.yaml, at its Service', () => {
    const supergraph = parseYaml(read('supergraph.yaml'));
    expect(Object.keys(config.override_subgraph_url).sort()).toEqual(
      Object.keys(supergraph.subgraphs).sort(),
    );
    expect(Object.keys(supergraph.subgraphs).sort()).toEqual([...SUBGRAPH_NAMES].sort());
    const settings = configMapData(objects);
    for (const { name, fallback } of routerEnvRefs()) {
      expect(ENV_KEYS).toContain(name);
      // The fallback is what the cluster sets, so the file reads the same with or without the variable.
      expect([name, fallback]).toEqual([name, settings[name]]);
    }
    for (const name of SUBGRAPH_NAMES) {
      expect(config.override_subgraph_url[name]).toBe(settings[`${name.toUpperCase()}_URL`]);
    }
  });

  it('should time out subgraph calls like the gateway, propagate the caller headers and hide introspection', () => {
    expect(parseDurationMs(config.traffic_shaping.all.timeout)).toBe(
      Number(configMapData(objects).SUBGRAPH_TIMEOUT_MS),
    );
    const propagated = config.headers.all.request.map((rule: any) => rule.propagate?.named);
    expect(propagated).toEqual(expect.arrayContaining(['authorization', 'x-request-id']));
    expect(config.supergraph.introspection).toBe(false);
    expect(config.sandbox.enabled).toBe(false);
    expect(config.include_subgraph_errors.all).toBe(false);
    expect(config.supergraph.path).toBe('/graphql');
    const router = podSpec(named(objects, 'Deployment', ROUTER)).containers[0];
    expect(namedPort(router, 'http')).toBe(listenPort(config.supergraph.listen));
    expect(namedPort(router, 'metrics')).toBe(
      listenPort(config.telemetry.exporters.metrics.prometheus.listen),
    );
    expect(router.args).toEqual([
      '--config',
      '/etc/router/router.yaml',
      '--supergraph',
      '/etc/router/supergraph.graphql',
    ]);
  });

  it('should admit every example operation within its limits', () => {
    const { limits } = config;
    const operations = exampleOperations();
    expect(operations.length).toBeGreaterThan(0);
    const over = operations.filter(
      ({ shape }) =>
        shape.depth > limits.max_depth ||
        shape.aliases > limits.max_aliases ||
        shape.rootFields > limits.max_root_fields ||
        // Distinct field paths bound the Router's height (distinct fields) from above.
        shape.fieldPaths > limits.max_height,
    );
    expect(over).toEqual([]);
  });
});

describe('Dockerfile', () => {
  const instructions = dockerfile();
  const finalStage = instructions.slice(instructions.map((i) => i.keyword).lastIndexOf('FROM'));

  it('should accept exactly the gateway and the four subgraphs as its argument', () => {
    expect([...SERVICE_NAMES].sort()).toEqual(['gateway', ...SUBGRAPH_NAMES].sort());
    for (const name of SERVICE_NAMES) expect(existsSync(path.join(ROOT, SERVICE_ENTRIES[name]))).toBe(true);
    const entrypoint = finalStage.find((instruction) => instruction.keyword === 'ENTRYPOINT');
    expect(JSON.parse(entrypoint!.args)).toEqual(['node', '--import', 'tsx', 'deploy/docker/entrypoint.ts']);
    for (const args of [[], ['router'], ['gateway', 'sales']]) {
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'deploy/docker/entrypoint.ts', ...args], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`<${SERVICE_NAMES.join('|')}>`);
    }
  });

  it('should copy every file the services load at run time, and need only production dependencies', () => {
    const copied = copiedPaths(instructions);
    const { files, packages, unresolved } = runtimeGraph([
      'deploy/docker/entrypoint.ts',
      ...Object.values(SERVICE_ENTRIES),
    ]);
    expect(unresolved).toEqual([]);
    const missing = [...files]
      .map(rel)
      .filter((file) => !copied.some((source) => file === source || file.startsWith(`${source}/`)));
    expect(missing).toEqual([]);
    for (const name of SUBGRAPH_NAMES) {
      expect(copied.some((source) => `subgraphs/${name}/schema.graphql`.startsWith(`${source}/`))).toBe(true);
    }
    const { dependencies } = JSON.parse(read('package.json'));
    const devOnly = [...packages, 'tsx'].filter((name) => !dependencies[name]);
    expect(devOnly).toEqual([]);
    expect(copied).toEqual(expect.arrayContaining(['package.json', 'tsconfig.json']));
  });

  it('should build in stages with npm ci and run as a non-root user in production mode', () => {
    expect(
      instructions.filter((instruction) => instruction.keyword === 'FROM').length,
    ).toBeGreaterThanOrEqual(2);
    expect(instructions.some((i) => i.keyword === 'RUN' && /npm ci\b.*--omit=dev/.test(i.args))).toBe(true);
    const user = finalStage.find((instruction) => instruction.keyword === 'USER')?.args;
    expect(user).toMatch(/^[1-9][0-9]*(:[0-9]+)?$/);
    expect(finalStage.some((i) => i.keyword === 'ENV' && /\bNODE_ENV=production\b/.test(i.args))).toBe(true);
    const healthcheck = finalStage.find((instruction) => instruction.keyword === 'HEALTHCHECK')!.args;
    const script = /"(deploy\/docker\/[^"]+)"/.exec(healthcheck)![1];
    expect(read(script)).toContain('/healthz');
    expect(copiedPaths(finalStage)).toEqual(expect.arrayContaining(['deploy/docker']));
  });

  it('should keep local data, dependencies, secrets and test output out of the build context', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
    expect(ignored).toEqual(
      expect.arrayContaining(['.data', 'node_modules', 'test/artifacts', 'coverage', '.env']),
    );
    for (const source of copiedPaths(instructions)) {
      const hit = ignored.find(
        (pattern) =>
          !pattern.includes('*') &&
          !pattern.startsWith('!') &&
          (source === pattern || source.startsWith(`${pattern}/`)),
      );
      expect([source, hit]).toEqual([source, undefined]);
    }
  });
});

describe('the checks themselves', () => {
  const deployment = (all: any[], name: string) => named(all, 'Deployment', name);

  it('should catch a typo in a probe path, a probe on the wrong port and a missing probe', () => {
    const all = clone(objects);
    podSpec(deployment(all, 'sales')).containers[0].readinessProbe.httpGet.path = '/readz';
    podSpec(deployment(all, 'gateway')).containers[0].livenessProbe.httpGet.port = 4001;
    delete podSpec(deployment(all, 'support')).containers[0].livenessProbe;
    const problems = probeProblems(all);
    expect(problems).toHaveLength(3);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Deployment/gateway: livenessProbe asks port 4001'),
        'Deployment/sales: readinessProbe asks /readz, expected /readyz',
        'Deployment/support: no livenessProbe',
      ]),
    );
  });

  it('should catch a field name the API does not have, and a value of the wrong type', () => {
    const all = clone(objects);
    const container = podSpec(deployment(all, 'customers')).containers[0];
    container.readinesProbe = container.readinessProbe;
    podSpec(deployment(all, 'marketing')).containers[0].ports[0].containerPort = '4002';
    const problems = unknownFieldProblems(all);
    expect(problems).toHaveLength(2);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Deployment\/customers: .*'readinesProbe' does not exist/),
        expect.stringMatching(/^Deployment\/marketing: .*'string' is not assignable to type 'number'/),
      ]),
    );
    expect(schemaProblems(all)).toEqual([expect.stringContaining('containerPort must be integer')]);
  });

  it('should catch a Service that selects no Deployment and an unknown target port', () => {
    const all = clone(objects);
    named(all, 'Service', 'sales').spec.selector['app.kubernetes.io/name'] = 'sale';
    named(all, 'Service', 'support').spec.ports[0].targetPort = 'htp';
    const problems = serviceProblems(all);
    expect(problems).toHaveLength(2);
    expect(problems).toEqual(
      expect.arrayContaining([
        'Service/sales: selects 0 Deployments ()',
        expect.stringContaining('Service/support: targetPort htp'),
      ]),
    );
  });

  it('should catch a variable no service reads and a subgraph given another department database', () => {
    const all = clone(objects);
    named(all, 'ConfigMap', CONFIG_MAP).data.SUBGRAPH_TIMEOUT = '3000';
    podSpec(deployment(all, 'sales')).containers[0].env[0] = {
      name: 'SUPPORT_DATABASE_URL',
      valueFrom: { secretKeyRef: { name: SECRET, key: 'SUPPORT_DATABASE_URL' } },
    };
    named(all, 'ConfigMap', CONFIG_MAP).data.SALES_URL = 'http://sales:4004/graphql';
    const problems = envProblems(all);
    expect(problems).toHaveLength(3);
    expect(problems).toEqual(
      expect.arrayContaining([
        `ConfigMap/${CONFIG_MAP}: SUBGRAPH_TIMEOUT is not a setting the services read`,
        expect.stringContaining('Deployment/sales: database URLs ["SUPPORT_DATABASE_URL"]'),
        expect.stringContaining('SALES_URL is http://sales:4004/graphql'),
      ]),
    );
  });

  it('should catch a drain longer than the grace period', () => {
    const all = clone(objects);
    named(all, 'ConfigMap', CONFIG_MAP).data.SHUTDOWN_GRACE_MS = '30000';
    expect(shutdownProblems(all)).toHaveLength(SERVICE_NAMES.length);
  });

  it('should catch a Router key that does not exist and a value of the wrong type', () => {
    const config = expandedRouterConfig(objects);
    config.limits.max_dept = 10;
    config.supergraph.introspection = 'false';
    config.traffic_shaping.all.timeout = '3 seconds';
    expect(routerSchemaProblems(config)).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          '/limits must NOT have additional properties {"additionalProperty":"max_dept"}',
        ),
        expect.stringContaining('/supergraph/introspection must be boolean'),
        expect.stringContaining('/traffic_shaping/all/timeout must match pattern'),
      ]),
    );
  });
});
