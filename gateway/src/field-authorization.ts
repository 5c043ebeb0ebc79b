import { useGenericAuth } from '@envelop/generic-auth';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { type DocumentNode, Kind, print, visit } from 'graphql';
import type { Caller } from '../../lib/auth/tokens';
import { genericAuthOptions } from './auth';

/** Distinct documents (after field-level auth) kept for the planner; beyond it the oldest is dropped. */
const MAX_PLAN_DOCUMENTS = 1_000;
/** Outcomes kept per parsed operation (one per distinct set of scopes, operation name and @skip/@include). */
const MAX_OUTCOMES_PER_DOCUMENT = 64;

type Plugin = GatewayPlugin<Record<string, unknown>>;
type OnExecute = NonNullable<Plugin['onExecute']>;
type ExecutePayload = Parameters<OnExecute>[0];

/**
 * Hive Gateway's field-level enforcement of `@authenticated` / `@requiresScopes` (`genericAuth`,
 * protect-granular, rules in auth.ts), with its outcome remembered.
 *
 * `genericAuth` walks the whole operation against the schema on every request and hands back a fresh copy of
 * the document; measured, that walk was the largest piece of our gateway's own CPU per request, and the copy
 * defeated the Rust planner's plan cache (keyed by the document object). Whether a field may be read depends
 * only on the operation, the caller's scopes and the variables of `@skip`/`@include`, so an operation that
 * passed for one such combination passes the same way again: later requests get the same checked document
 * object at once. Operations with forbidden fields are checked anew each time (their errors belong to one
 * response), and every checked document goes through one object per printed text so their plans are
 * shared too.
 */
export function useFieldAuthorization(callers: WeakMap<Request, Caller>): Plugin {
  const generic = useGenericAuth(genericAuthOptions(callers)) as Plugin;
  return {
    ...generic,
    onPluginInit(init) {
      generic.onPluginInit?.({
        ...init,
        addPlugin: (validation) =>
          init.addPlugin({ ...validation, onExecute: rememberOutcomes(validation.onExecute!, callers) }),
      });
    },
  };
}

function rememberOutcomes(check: OnExecute, callers: WeakMap<Request, Caller>): OnExecute {
  const outcomes = new WeakMap<DocumentNode, Map<string, DocumentNode>>();
  const planDocuments = new Map<string, DocumentNode>();
  const callerKeys = new WeakMap<Caller, string>();

  const callerKey = (caller: Caller | undefined) => {
    if (!caller) return '';
    let key = callerKeys.get(caller);
    if (key === undefined) {
      key = `caller:${[...caller.scopes].sort().join(' ')}`;
      callerKeys.set(caller, key);
    }
    return key;
  };

  const planDocument = (document: DocumentNode) => {
    const text = print(document);
    const known = planDocuments.get(text);
    if (known) return known;
    if (planDocuments.size >= MAX_PLAN_DOCUMENTS) planDocuments.delete(planDocuments.keys().next().value!);
    planDocuments.set(text, document);
    return document;
  };

  return (payload: ExecutePayload) => {
    const { args } = payload;
    const parsed = args.document;
    const request = (args.contextValue as { request?: Request }).request;
    const key = [
      args.operationName ?? '',
      callerKey(request && callers.get(request)),
      conditionValues(parsed, args.variableValues),
    ].join('\n');
    const known = outcomes.get(parsed)?.get(key);
    if (known) {
      args.document = known;
      return;
    }

    let stopped = false;
    const hooks = check({
      ...payload,
      setResultAndStopExecution: (result) => {
        stopped = true;
        payload.setResultAndStopExecution(result);
      },
    });
    args.document = planDocument(args.document);
    if (hooks || stopped) return hooks;

    let forDocument = outcomes.get(parsed);
    if (!forDocument) {
      forDocument = new Map();
      outcomes.set(parsed, forDocument);
    }
    if (forDocument.size >= MAX_OUTCOMES_PER_DOCUMENT) forDocument.delete(forDocument.keys().next().value!);
    forDocument.set(key, args.document);
  };
}

const conditionVariables = new WeakMap<DocumentNode, readonly string[]>();

/** The values of the variables an operation's `@skip` / `@include` read: they decide which fields are checked. */
function conditionValues(document: DocumentNode, variables: unknown): string {
  let names = conditionVariables.get(document);
  if (!names) {
    const found = new Set<string>();
    visit(document, {
      Directive(directive) {
        if (directive.name.value !== 'skip' && directive.name.value !== 'include') return;
        for (const argument of directive.arguments ?? [])
          if (argument.value.kind === Kind.VARIABLE) found.add(argument.value.name.value);
      },
    });
    names = [...found];
    conditionVariables.set(document, names);
  }
  if (names.length === 0) return '';
  const values = (variables ?? {}) as Record<string, unknown>;
  return JSON.stringify(names.map((name) => values[name] ?? null));
}
