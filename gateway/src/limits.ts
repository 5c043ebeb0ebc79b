import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
// graphql-armor's own rule packages (it depends on them at pinned versions): the measurement below counts
// exactly as the armor plugin does at run time.
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { bool, cleanEnv } from 'envalid';
import {
  type ArgumentNode,
  buildSchema,
  type DocumentNode,
  type ExecutableDefinitionNode,
  type FieldNode,
  GraphQLError,
  type GraphQLSchema,
  getOperationAST,
  Kind,
  Lexer,
  parse,
  Source,
  TokenKind,
  TypeInfo,
  type ValidationContext,
  type ValueNode,
  validate,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { errorResponse } from '../../lib/errors';
import { MAX_PAGE_SIZE } from '../../lib/graphql/connection';

/**
 * A limit's floor when no real operation uses the feature at all: × 1.5 of 0 would forbid aliases and
 * directives outright, where a client may reasonably use a few.
 */
export const LIMIT_FLOOR = 5;

/**
 * What the gateway lets one request ask for. Each query limit is the largest real operation in the repo
 * (examples/operations/*.graphql and the KPI snapshot job's page query, measured with `measureOperation`
 * and every `first`/`last` variable at MAX_PAGE_SIZE) × 1.5, rounded up, or LIMIT_FLOOR when that is
 * larger; test/unit/query-limits.test.ts recomputes them, so they cannot drift from the operations.
 * Largest measured: depth 8, tokens 179 and cost 216,633.6 (all customers-page-360 at 100 customers);
 * no operation uses an alias or a directive.
 */
export const QUERY_LIMITS = {
  /** Nesting of selection sets; a fragment spread counts as a level (armor's maxDepth). */
  maxDepth: 12,
  /** Aliased fields, counted through fragments (armor's maxAliases); the floor (none is used). */
  maxAliases: LIMIT_FLOOR,
  /** Directives (`@include`, `@skip`…), counted through fragments (armor's maxDirectives); the floor. */
  maxDirectives: LIMIT_FLOOR,
  /** Lexical tokens of the document, comments excepted (armor's maxTokens). */
  maxTokens: 269,
  /**
   * armor's cost: 1 per scalar, 2 per object, × 1.5 per level, × `first`/`last` of a list; the gateway
   * substitutes variables (and their defaults) for `first`/`last`, and a list's schema default page size
   * where none is given, before counting.
   */
  maxCost: 324_951,
  /** `first`/`last` on any list: the subgraphs' own maximum, refused here before calling them. */
  maxPageSize: MAX_PAGE_SIZE,
  /** Request body (HTTP 413 beyond). */
  maxBodyBytes: 2 * 1024 * 1024,
  /** The `variables` JSON of one operation (HTTP 413 beyond): far above any real input (< 1 KB). */
  maxVariablesBytes: 64 * 1024,
  /** Operations in one batched (array) request, when batching is enabled (`ALLOW_BATCHING`). */
  maxBatchSize: 10,
} as const;

/** What a client sees in `extensions.code` when a limit refuses its operation. */
export const LimitCode = {
  /** Depth, aliases, directives, tokens or cost over the limit (or `first`/`last` over the page size). */
  VALIDATION: 'GRAPHQL_VALIDATION_FAILED',
  /** `first`/`last` over the page size, or a cost that is only too high with the variables given. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** The body or the variables are too large (HTTP 413). */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** A POST body that is not JSON (HTTP 415): the graph speaks GraphQL over HTTP as POST JSON or GET. */
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
} as const;

export interface OperationMeasure {
  depth: number;
  aliases: number;
  directives: number;
  tokens: number;
  cost: number;
}

/** Tokens as armor's maxTokens counts them: every lexical token but comments and end of file. */
export function countTokens(source: string): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

const PAGE_ARGUMENTS = new Set(['first', 'last']);

function pageSizeOf(value: ValueNode, variables: Record<string, unknown>, defaults: Map<string, unknown>) {
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind !== Kind.VARIABLE) return undefined;
  const name = value.name.value;
  return name in variables ? variables[name] : defaults.get(name);
}

function defaultsOf(document: DocumentNode): Map<string, unknown> {
  const defaults = new Map<string, unknown>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.OPERATION_DEFINITION)
      for (const variable of definition.variableDefinitions ?? [])
        if (variable.defaultValue?.kind === Kind.INT)
          defaults.set(variable.variable.name.value, Number(variable.defaultValue.value));
  return defaults;
}

/**
 * Every `first`/`last` given as a variable replaced by its value (or its default), so armor's cost rule,
 * which reads only literals, counts the list sizes a request really asks for. A value that is not a page
 * size (absent, null, not an integer, over the maximum) is left as it is: `pageSizeViolations` refuses
 * the last two before this counts.
 */
export function inlinePageSizes(document: DocumentNode, variables: Record<string, unknown>): DocumentNode {
  const defaults = defaultsOf(document);
  return visit(document, {
    Argument(node) {
      if (!PAGE_ARGUMENTS.has(node.name.value) || node.value.kind !== Kind.VARIABLE) return undefined;
      const size = pageSizeOf(node.value, variables, defaults);
      if (!Number.isSafeInteger(size)) return undefined;
      return { ...node, value: { kind: Kind.INT, value: String(size) } };
    },
  });
}

/**
 * Every list field asked for without a page size (no `first`/`last`, or null, or a variable with no
 * value) given the default page size its schema declares (`first: Int = 20`): the subgraph serves 20
 * items, so the cost counts 20, not 1. Runs after `inlinePageSizes`, so any page size left as a variable
 * or null had no value.
 */
export function withDefaultPageSizes(schema: GraphQLSchema, document: DocumentNode): DocumentNode {
  const typeInfo = new TypeInfo(schema);
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const declared = typeInfo.getFieldDef()?.args.find((arg) => arg.name === 'first')?.defaultValue;
        if (typeof declared !== 'number') return undefined;
        const arguments_ = node.arguments ?? [];
        const isPage = (argument: ArgumentNode) => PAGE_ARGUMENTS.has(argument.name.value);
        if (arguments_.some((argument) => isPage(argument) && argument.value.kind === Kind.INT))
          return undefined;
        const first: ArgumentNode = {
          kind: Kind.ARGUMENT,
          name: { kind: Kind.NAME, value: 'first' },
          value: { kind: Kind.INT, value: String(declared) },
        };
        return { ...node, arguments: [...arguments_.filter((argument) => !isPage(argument)), first] };
      },
    }),
  );
}

/** A `first`/`last` over the page size: what to tell the client, and the argument's field path. */
export interface PageSizeViolation {
  message: string;
  /** As the subgraphs give it (`customers.first`): response keys from the operation or fragment root. */
  field: string;
}

/** `first`/`last` values over the page size (or not integers), with the variable or literal that set them. */
export function pageSizeViolations(
  document: DocumentNode,
  variables: Record<string, unknown>,
): PageSizeViolation[] {
  const defaults = defaultsOf(document);
  const violations: PageSizeViolation[] = [];
  visit(document, {
    Argument(node, _key, _parent, _path, ancestors) {
      if (!PAGE_ARGUMENTS.has(node.name.value)) return;
      const size = pageSizeOf(node.value, variables, defaults);
      if (size === undefined || size === null) return;
      if (typeof size !== 'number' || !Number.isSafeInteger(size) || size > QUERY_LIMITS.maxPageSize) {
        const source = node.value.kind === Kind.VARIABLE ? ` ($${node.value.name.value})` : '';
        const fields = ancestors.filter(
          (ancestor): ancestor is FieldNode =>
            !Array.isArray(ancestor) && 'kind' in ancestor && ancestor.kind === Kind.FIELD,
        );
        violations.push({
          message: `${node.name.value}${source} must be at most ${QUERY_LIMITS.maxPageSize}, got ${JSON.stringify(size)}`,
          field: [...fields.map((field) => (field.alias ?? field.name).value), node.name.value].join('.'),
        });
      }
    },
  });
  return violations;
}

// armor's rules only read the document (and its fragments), never the schema: any valid schema will do.
const MEASURING_SCHEMA = buildSchema('type Query { measured: Int }');

/**
 * What armor counts for one operation document, with `variables` substituted for `first`/`last`.
 * Counts run with limits of Infinity and report through armor's `onAccept` callbacks.
 */
export function measureOperation(
  source: string,
  variables: Record<string, unknown> = {},
  schema?: GraphQLSchema,
): OperationMeasure {
  const inlined = inlinePageSizes(parse(source), variables);
  const document = schema ? withDefaultPageSizes(schema, inlined) : inlined;
  const measure: OperationMeasure = {
    depth: 0,
    aliases: 0,
    directives: 0,
    tokens: countTokens(source),
    cost: 0,
  };
  const into =
    (key: Exclude<keyof OperationMeasure, 'tokens'>) =>
    (_context: ValidationContext | null, details: { n: number }) => {
      measure[key] = Math.max(measure[key], details.n);
    };
  const n = Number.POSITIVE_INFINITY;
  validate(MEASURING_SCHEMA, document, [
    maxDepthRule({ n, onAccept: [into('depth')] }),
    maxAliasesRule({ n, onAccept: [into('aliases')] }),
    maxDirectivesRule({ n, onAccept: [into('directives')] }),
    costLimitRule({ maxCost: n, onAccept: [into('cost')] }),
  ]);
  return measure;
}

/** armor says "Syntax Error: …" for every limit; the client gets the limit's own words and a code. */
function limitError(error: GraphQLError, code: string = LimitCode.VALIDATION): GraphQLError {
  return new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
    nodes: error.nodes,
    extensions: { ...error.extensions, code },
  });
}

function reportTo(context: ValidationContext | null, error: GraphQLError): void {
  if (context) context.reportError(limitError(error));
  // The token limit counts while parsing, without a validation context: its error ends the parse.
  else throw limitError(error);
}

const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** The error without graphql-js's "Did you mean …?" hints, which would let a client map the schema. */
function withoutSuggestions<E extends Error>(error: E): E | GraphQLError {
  if (!(error instanceof GraphQLError)) return error;
  const message = error.message.replace(SUGGESTION, '');
  if (message === error.message) return error;
  return new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
}

function payloadTooLarge(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: LimitCode.PAYLOAD_TOO_LARGE, http: { status: 413 } },
  });
}

function tooLargeResponse(fetchAPI: { Response: typeof Response }, message: string): Response {
  return errorResponse(413, message, LimitCode.PAYLOAD_TOO_LARGE, { Response: fetchAPI.Response });
}

const BODY_TOO_LARGE = `Request body is larger than ${QUERY_LIMITS.maxBodyBytes / 1024 / 1024} MB`;

/** The body as text, or null as soon as it passes `maxBytes` (a chunked body declares no length). */
async function readLimited(request: Request, maxBytes: number): Promise<string | null> {
  if (!request.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function isJson(request: Request): boolean {
  return (request.headers.get('content-type') ?? '').toLowerCase().includes('json');
}

/**
 * The body limit (413, before anything is parsed) and the variables limit (413 once parsed). A declared
 * length over the limit is refused unread; a chunked JSON body is read only up to the limit.
 */
function useBodyLimits(): GatewayPlugin {
  return {
    onRequestParse({ request, setRequestParser, endResponse, fetchAPI }) {
      if (request.method === 'POST') {
        // Only JSON bodies: other encodings (application/graphql, forms, multipart) would be read whole
        // by the server's own parsers, past the body limit below.
        if (!isJson(request))
          return endResponse(
            errorResponse(
              415,
              'Send a POST body as application/json (or the query as GET)',
              LimitCode.UNSUPPORTED_MEDIA_TYPE,
              { Response: fetchAPI.Response },
            ),
          );
        const declared = request.headers.get('content-length');
        if (declared !== null && Number(declared) > QUERY_LIMITS.maxBodyBytes)
          return endResponse(tooLargeResponse(fetchAPI, BODY_TOO_LARGE));
        if (declared === null)
          setRequestParser(async (req) => {
            const text = await readLimited(req, QUERY_LIMITS.maxBodyBytes);
            if (text === null) return tooLargeResponse(fetchAPI, BODY_TOO_LARGE);
            try {
              return JSON.parse(text);
            } catch {
              throw new GraphQLError('POST body sent invalid JSON.', {
                extensions: { http: { status: 400 } },
              });
            }
          });
      }
      return {
        onRequestParseDone({ requestParserResult }) {
          const all = Array.isArray(requestParserResult) ? requestParserResult : [requestParserResult];
          for (const params of all) {
            const variables = params?.variables;
            if (variables && Buffer.byteLength(JSON.stringify(variables)) > QUERY_LIMITS.maxVariablesBytes)
              throw payloadTooLarge(`Variables are larger than ${QUERY_LIMITS.maxVariablesBytes / 1024} KB`);
          }
        },
      };
    },
  };
}

/** The variables a document's `first`/`last` arguments read: all that `useVariableAwareCost` depends on. */
function pageVariablesOf(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if (PAGE_ARGUMENTS.has(node.name.value) && node.value.kind === Kind.VARIABLE)
        names.add(node.value.name.value);
    },
  });
  return [...names];
}

/** Page-size inputs remembered per operation as within the limits; beyond it they are counted afresh. */
const MAX_ACCEPTED_INPUTS = 100;

/**
 * Page sizes and cost with the request's variables: armor's cost rule runs at validation, which sees
 * only the document (a `first: $n` counts as 1 there), so it runs again here on the operation with its
 * variables substituted, before the plan calls any subgraph. An operation and page sizes found within
 * the limits once are not counted again (the parser cache hands out one document object per operation):
 * a validation pass over the schema on every request was a measurable part of the gateway's time.
 */
function useVariableAwareCost(): GatewayPlugin {
  const accepted = new WeakMap<DocumentNode, { variables: string[]; inputs: Set<string> }>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      let known = accepted.get(args.document);
      if (!known) {
        known = { variables: pageVariablesOf(args.document), inputs: new Set() };
        accepted.set(args.document, known);
      }
      const input = JSON.stringify([
        args.operationName ?? null,
        ...known.variables.map((name) => (name in variables ? [variables[name]] : [])),
      ]);
      if (known.inputs.has(input)) return;
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) return;
      const definitions: ExecutableDefinitionNode[] = [operation];
      for (const definition of args.document.definitions)
        if (definition.kind === Kind.FRAGMENT_DEFINITION) definitions.push(definition);
      const document: DocumentNode = { kind: Kind.DOCUMENT, definitions };
      const violations = pageSizeViolations(document, variables);
      if (violations.length > 0) {
        setResultAndStopExecution({
          errors: violations.map(
            ({ message, field }) =>
              new GraphQLError(message, { extensions: { code: LimitCode.BAD_USER_INPUT, field } }),
          ),
        });
        return;
      }
      const errors: GraphQLError[] = [];
      const schema = args.schema as GraphQLSchema;
      validate(schema, withDefaultPageSizes(schema, inlinePageSizes(document, variables)), [
        costLimitRule({
          maxCost: QUERY_LIMITS.maxCost,
          propagateOnRejection: false,
          onReject: [(_context, error) => errors.push(limitError(error, LimitCode.BAD_USER_INPUT))],
        }),
      ]);
      if (errors.length > 0) return setResultAndStopExecution({ errors });
      if (known.inputs.size >= MAX_ACCEPTED_INPUTS) known.inputs.clear();
      known.inputs.add(input);
    },
  };
}

/** Strips "Did you mean …?" from every error a client gets (validation, variables, execution). */
function useNoSuggestions(): GatewayPlugin {
  return {
    onValidate() {
      return ({ valid, result, setResult }) => {
        if (!valid) setResult(result.map((error) => withoutSuggestions(error)));
      };
    },
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if ('errors' in result && result.errors?.length)
            setResult({ ...result, errors: result.errors.map((error) => withoutSuggestions(error)) });
        },
      };
    },
  };
}

export interface LimitOptions {
  production?: boolean;
  /** Introspection in production (`ALLOW_INTROSPECTION`); always on in development. */
  allowIntrospection?: boolean;
  /** Array (batched) requests of up to `maxBatchSize` operations (`ALLOW_BATCHING`). */
  allowBatching?: boolean;
}

function fromEnvironment(options: LimitOptions): Required<LimitOptions> {
  const env = cleanEnv(process.env, {
    ALLOW_INTROSPECTION: bool({ default: false, desc: 'Introspection in production' }),
    ALLOW_BATCHING: bool({ default: false, desc: 'Batched (array) GraphQL requests at the gateway' }),
  });
  return {
    production: options.production ?? false,
    allowIntrospection: options.allowIntrospection ?? env.ALLOW_INTROSPECTION,
    allowBatching: options.allowBatching ?? env.ALLOW_BATCHING,
  };
}

/**
 * The hostile-query protections (DESIGN.md §5 "Limits"): the plugins, and the runtime options they need,
 * for `createGatewayRuntime`. Every check runs before the query plan calls a subgraph.
 */
export function queryLimits(options: LimitOptions = {}) {
  const { production, allowIntrospection, allowBatching } = fromEnvironment(options);
  const plugins: GatewayPlugin[] = [
    useBodyLimits(),
    EnvelopArmorPlugin({
      maxTokens: { n: QUERY_LIMITS.maxTokens, onReject: [reportTo], propagateOnRejection: false },
      maxDepth: { n: QUERY_LIMITS.maxDepth, onReject: [reportTo], propagateOnRejection: false },
      maxAliases: { n: QUERY_LIMITS.maxAliases, onReject: [reportTo], propagateOnRejection: false },
      maxDirectives: { n: QUERY_LIMITS.maxDirectives, onReject: [reportTo], propagateOnRejection: false },
      costLimit: { maxCost: QUERY_LIMITS.maxCost, onReject: [reportTo], propagateOnRejection: false },
      // Suggestions help in development; production strips them (useNoSuggestions catches every form).
      blockFieldSuggestion: { enabled: production },
    }),
    useVariableAwareCost(),
  ];
  if (production) plugins.push(useNoSuggestions());
  return {
    plugins,
    /** For `createGatewayRuntime`: introspection off in production unless allowed. */
    disableIntrospection: production && !allowIntrospection ? {} : undefined,
    /** For `createGatewayRuntime`: array requests refused unless allowed. */
    batching: allowBatching ? { limit: QUERY_LIMITS.maxBatchSize } : false,
  } as const;
}
