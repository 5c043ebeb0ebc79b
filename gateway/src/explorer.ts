import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { bool, cleanEnv, str } from 'envalid';
import { signDevelopmentToken } from '../../lib/auth/development-token';
import type { AuthSettings } from '../../lib/auth/settings';
import { exampleTabs } from './explorer-tabs';

/** What Yoga's GraphiQL page takes: title, headers, default tabs… */
type GraphiQLOptions = NonNullable<Parameters<typeof renderGraphiQL>[0]>;

/** Apollo Sandbox, embedded, for those online. */
export const SANDBOX_PATH = '/sandbox';
const TITLE = 'Customer 360 graph';
const SANDBOX_SCRIPT =
  'https://embeddable-sandbox.cdn.apollographql.com/_latest/embeddable-sandbox.umd.production.min.js';

export interface ExplorerOptions {
  production?: boolean;
  graphqlEndpoint: string;
  /** Signs the development token when `EXPLORER_TOKEN` is not set. */
  auth: AuthSettings;
}

export interface Explorer {
  /** For `createGatewayRuntime`: GraphiQL's options per page load, or false. */
  graphiql: false | (() => GraphiQLOptions);
  /** For `createGatewayRuntime`: the self-contained GraphiQL page (scripts, styles, fonts inlined; no CDN). */
  renderGraphiQL: typeof renderGraphiQL;
  /** The pages a browser opens without a token: GraphiQL (a GET of the GraphQL path) and the sandbox. */
  isPage(request: Request, url: URL): boolean;
  /** Serves the sandbox page. */
  plugin: GatewayPlugin;
}

let loadedRenderer: typeof renderGraphiQL | undefined;

/**
 * Renders the GraphiQL page, loading its module on the first page view rather than at start: the module
 * holds the whole page inlined and costs ≈ 60 MB of resident memory once loaded, which a gateway serving
 * only API traffic (production, a benchmark) should not carry.
 */
const renderGraphiQLOnFirstView: typeof renderGraphiQL = (options) => {
  loadedRenderer ??= (
    require('@graphql-yoga/render-graphiql') as typeof import('@graphql-yoga/render-graphiql')
  ).renderGraphiQL;
  return loadedRenderer(options);
};

/** The token the explorer opens with: the one given, else a development token if a local secret can sign it. */
async function developmentToken(auth: AuthSettings, given: string | undefined) {
  if (given) return given;
  return auth.tokens.secret ? signDevelopmentToken(auth) : undefined;
}

/**
 * GraphiQL's options for one page load: the example tabs (variables dated today) and the headers. Yoga's page
 * also takes `variables`, the first tab's: GraphiQL 5 opens the first tab with its query but not its variables.
 * Headers are not kept in the browser, so every tab opens with the current token after a restart.
 */
function graphiQLOptions(headers: string): GraphiQLOptions & { variables?: string } {
  const tabs = exampleTabs(headers);
  return {
    title: TITLE,
    headers,
    defaultTabs: tabs,
    variables: tabs[0]?.variables,
    defaultEditorToolsVisibility: 'variables',
    shouldPersistHeaders: false,
  };
}

/** JSON safe inside a <script> element. */
const scriptJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** Text safe inside HTML (the endpoint comes from the request's Host header). */
const html = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function sandboxPage(endpoint: string, headers: Record<string, string>, document: string, variables: string) {
  const config = {
    target: '#sandbox',
    initialEndpoint: endpoint,
    initialState: { document, variables: JSON.parse(variables), sharedHeaders: headers },
    includeCookies: false,
  };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${TITLE}: Apollo Sandbox</title>
<style>html, body, #sandbox { margin: 0; width: 100%; height: 100%; } iframe { border: none; width: 100%; height: 100%; }</style>
</head>
<body>
<div id="sandbox"><p>Apollo Sandbox loads from Apollo's servers and needs the internet. Offline, use the explorer at <a href="${html(endpoint)}">${html(endpoint)}</a>.</p></div>
<script src="${SANDBOX_SCRIPT}"></script>
<script>new window.EmbeddedSandbox(${scriptJson(config)});</script>
</body>
</html>
`;
}

/**
 * The gateway's explorer: GraphiQL from npm (works offline), opening with the example operations as tabs and,
 * in development, the development token in its headers; and `/sandbox`, Apollo Sandbox pointed at this
 * gateway. In production both are off unless `ENABLE_EXPLORER` is set, and no token is ever put in them.
 */
export async function createExplorer(options: ExplorerOptions): Promise<Explorer> {
  const env = cleanEnv(process.env, {
    ENABLE_EXPLORER: bool({ default: false, desc: 'The explorer (GraphiQL, /sandbox) in production' }),
    EXPLORER_TOKEN: str({
      default: undefined,
      desc: "The token the explorer's headers open with (development)",
    }),
  });
  const enabled = !options.production || env.ENABLE_EXPLORER;
  // Never a token in production, even when the explorer is enabled there.
  const token = options.production ? undefined : await developmentToken(options.auth, env.EXPLORER_TOKEN);
  const headerValues: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  const headers = JSON.stringify(headerValues, null, 2);
  // What Yoga answers with GraphiQL: a browser's GET of the GraphQL path (an operation in the URL included).
  const isGraphiQLPage = (request: Request, url: URL) =>
    url.pathname === options.graphqlEndpoint && (request.headers.get('accept') ?? '').includes('text/html');
  return {
    graphiql: enabled ? () => graphiQLOptions(headers) : false,
    renderGraphiQL: renderGraphiQLOnFirstView,
    isPage: (request, url) =>
      enabled && request.method === 'GET' && (url.pathname === SANDBOX_PATH || isGraphiQLPage(request, url)),
    plugin: {
      onRequest({ request, url, endResponse, fetchAPI }) {
        if (!enabled || request.method !== 'GET' || url.pathname !== SANDBOX_PATH) return;
        const [first] = exampleTabs(headers);
        const endpoint = new URL(options.graphqlEndpoint, url).href;
        const page = sandboxPage(endpoint, headerValues, first?.query ?? '', first?.variables ?? '{}');
        endResponse(new fetchAPI.Response(page, { headers: { 'content-type': 'text/html; charset=utf-8' } }));
      },
    },
  };
}
