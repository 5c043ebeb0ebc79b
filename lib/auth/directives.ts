import {
  type ConstDirectiveNode,
  type DocumentNode,
  defaultFieldResolver,
  GraphQLError,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  isInterfaceType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
} from 'graphql';
import type { Caller } from './tokens';

/** Where the verified caller sits on every subgraph request's context. */
export const CALLER = Symbol('caller');

export interface WithCaller {
  [CALLER]?: Caller | null;
}

/** What a field or type declares: authenticated at all, and the scopes, any one inner list of which suffices. */
export interface Requirement {
  authenticated: boolean;
  scopes: string[][] | null;
}

function requirementOf(directives: readonly ConstDirectiveNode[] | undefined): Requirement | null {
  const names = new Set((directives ?? []).map((directive) => directive.name.value));
  if (!names.has('authenticated') && !names.has('requiresScopes')) return null;
  const argument = directives
    ?.find((directive) => directive.name.value === 'requiresScopes')
    ?.arguments?.find((arg) => arg.name.value === 'scopes');
  return {
    authenticated: true,
    scopes: argument ? (valueFromASTUntyped(argument.value) as string[][]) : null,
  };
}

/**
 * Every `@authenticated` and `@requiresScopes` of an SDL, by `Type.field` (a type's own directives apply to
 * each of its fields, as at the gateway): the subgraph enforces exactly what the supergraph declares.
 */
export function readAuthDirectives(typeDefs: DocumentNode): Map<string, Requirement[]> {
  const byType = new Map<string, Requirement[]>();
  const byField = new Map<string, Requirement[]>();
  const add = (map: Map<string, Requirement[]>, key: string, requirement: Requirement | null) => {
    if (requirement) map.set(key, [...(map.get(key) ?? []), requirement]);
  };
  for (const definition of typeDefs.definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
      definition.kind !== Kind.INTERFACE_TYPE_EXTENSION
    )
      continue;
    const type = definition.name.value;
    add(byType, type, requirementOf(definition.directives));
    for (const field of definition.fields ?? []) {
      add(byField, `${type}.${field.name.value}`, requirementOf(field.directives));
    }
  }
  for (const definition of typeDefs.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION)
      continue;
    const typeRequirements = byType.get(definition.name.value);
    if (!typeRequirements) continue;
    for (const field of definition.fields ?? []) {
      const key = `${definition.name.value}.${field.name.value}`;
      byField.set(key, [...typeRequirements, ...(byField.get(key) ?? [])]);
    }
  }
  return byField;
}

/** Whether the caller meets every requirement: authenticated, and one full set of scopes of each. */
export function isAllowed(caller: Caller | null | undefined, requirements: readonly Requirement[]): boolean {
  return requirements.every((requirement) => {
    if (!caller) return false;
    if (!requirement.scopes) return true;
    return requirement.scopes.some((set) => set.every((scope) => caller.scopes.includes(scope)));
  });
}

export function forbidden(field: string, requirements: readonly Requirement[]): GraphQLError {
  const needed = requirements
    .flatMap((requirement) => requirement.scopes ?? [])
    .map((set) => set.join(' and '))
    .join(' or ');
  return new GraphQLError(`Not allowed to read ${field}${needed ? `: needs ${needed}` : ''}`, {
    extensions: { code: 'FORBIDDEN' },
  });
}

/**
 * Wraps the resolver of every field the SDL guards with `@authenticated` / `@requiresScopes`: a caller
 * without the scopes gets `null` and a FORBIDDEN error at the field's path, the rest of the answer still
 * arrives. The caller comes from the request context (`CALLER`), set once the bearer token was verified.
 */
export function enforceAuthDirectives(schema: GraphQLSchema, typeDefs: DocumentNode): GraphQLSchema {
  const guarded = readAuthDirectives(typeDefs);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const requirements = guarded.get(`${type.name}.${field.name}`);
      if (!requirements?.length) continue;
      const resolve: GraphQLFieldResolver<unknown, WithCaller> = field.resolve ?? defaultFieldResolver;
      const name = `${type.name}.${field.name}`;
      field.resolve = (source, args, context, info) => {
        if (!isAllowed(context?.[CALLER], requirements)) throw forbidden(name, requirements);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
