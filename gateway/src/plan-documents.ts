import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { type DocumentNode, print } from 'graphql';

/** Distinct operations (after field-level auth) whose plans are kept; beyond it the oldest is dropped. */
const MAX_DOCUMENTS = 1_000;

/**
 * Gives the query planner the same document object for the same operation, so its plan cache hits.
 *
 * The Rust planner's cache is keyed by the document object, and the parser cache hands out one object
 * per query text; but `genericAuth`'s field-level checks (protect-granular) rebuild the document on
 * every request (`removeEmptyOrUnusedNodes` copies it even when nothing is removed), so without this
 * every request is planned anew: measured, that was most of the gateway's CPU per request. The
 * document after those checks is keyed by its printed text, which also keeps one plan per distinct
 * "what this caller may see" of an operation.
 */
export function useStablePlanDocuments(): GatewayPlugin {
  const documents = new Map<string, DocumentNode>();
  return {
    onExecute({ args }) {
      const key = print(args.document);
      const known = documents.get(key);
      if (known) {
        args.document = known;
        return;
      }
      if (documents.size >= MAX_DOCUMENTS) documents.delete(documents.keys().next().value!);
      documents.set(key, args.document);
    },
  };
}
