import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { parse as parseYaml } from 'yaml';
import {
  API_SCHEMA_PATH,
  CompositionError,
  composeApiSchema,
  composeSdl,
  composeSupergraph,
} from '../../gateway/src/compose';
import { DEFAULT_SUBGRAPH_PORTS, SUBGRAPH_NAMES, type SubgraphName } from '../../lib/config';
import { schemaPath } from '../../lib/graphql/load-schema';
import { expectCommittedFile } from '../helpers/generated-file';

const ROOT = path.resolve(__dirname, '../..');

const localUrls = Object.fromEntries(
  SUBGRAPH_NAMES.map((name) => [name, `http://localhost:${DEFAULT_SUBGRAPH_PORTS[name]}/graphql`]),
) as Record<SubgraphName, string>;

describe('supergraph composition', () => {
  it('should compose the four subgraphs into a Federation 2 supergraph routing to each', () => {
    const supergraph = composeSupergraph(localUrls);
    expect(supergraph).toContain('@link(url: "https://specs.apollo.dev/join/v0.5"');
    for (const name of SUBGRAPH_NAMES) {
      expect(supergraph).toContain(`name: "${name}", url: "${localUrls[name]}"`);
    }
  });

  it('should commit the API schema clients are typed against exactly as the subgraphs compose it', () => {
    const composed = composeApiSchema();
    expectCommittedFile(path.relative(ROOT, API_SCHEMA_PATH), composed, 'npm run codegen');
    expect(composed).not.toMatch(/@join__|@link|http:\/\//);
    expect(composed).toContain('lifecycleKpis(');
  });

  it('should list every composer message when the subgraphs disagree', () => {
    const header = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])';
    const compose = () =>
      composeSdl([
        {
          name: 'a',
          url: 'http://a',
          typeDefs: parse(`${header} type Query { a: T } type T @key(fields: "id") { id: ID! n: Int }`),
        },
        {
          name: 'b',
          url: 'http://b',
          typeDefs: parse(`${header} type Query { b: T } type T @key(fields: "id") { id: ID! n: String }`),
        },
      ]);
    expect(compose).toThrow(CompositionError);
    try {
      compose();
    } catch (error) {
      expect((error as CompositionError).messages.join('\n')).toMatch(/T\.n/);
    }
  });

  it('should describe the same subgraphs, files and ports in supergraph.yaml for rover users', () => {
    const root = path.resolve(__dirname, '../..');
    const config = parseYaml(readFileSync(path.join(root, 'supergraph.yaml'), 'utf8')) as {
      subgraphs: Record<string, { routing_url: string; schema: { file: string } }>;
    };
    expect(Object.keys(config.subgraphs).sort()).toEqual([...SUBGRAPH_NAMES].sort());
    for (const name of SUBGRAPH_NAMES) {
      expect(config.subgraphs[name]!.routing_url).toBe(localUrls[name]);
      expect(path.resolve(root, config.subgraphs[name]!.schema.file)).toBe(schemaPath(name));
    }
  });
});
