import { type DocumentNode, Kind, OperationTypeNode, parse } from 'graphql';
import type { Browser, Page } from 'playwright-core';
import { type ExplorerTab, exampleTabs } from '../../gateway/src/explorer-tabs';
import { type RunningGateway, startGateway } from '../../gateway/src/hive-gateway';
import { DEVELOPMENT_TOKEN_SUBJECT, signDevelopmentToken } from '../../lib/auth/development-token';
import { READ_SCOPES } from '../../lib/auth/roles';
import { verifierFor } from '../../lib/auth/settings';
import { customerId } from '../../scripts/demo/world';
import { artifactPath, launchChromium } from '../helpers/browser';
import { freePort } from '../helpers/free-port';
import { operation } from '../helpers/operations';
import { type Stack, startStack, testAuth } from '../helpers/stack';

const RITA = customerId(3);
const EXECUTE = 'Execute query (Ctrl-Enter)';

/** What a person reads in one of GraphiQL's editors (Monaco renders spaces as no-break spaces). */
async function editorText(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).innerText()).replace(/\u00a0/g, ' ');
}

/** The loopback addresses; anything else is a request leaving this machine. */
function isLocal(address: string): boolean {
  const url = new URL(address.startsWith('blob:') ? address.slice('blob:'.length) : address);
  return url.protocol === 'data:' || ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

const isQuery = (document: DocumentNode) =>
  document.definitions.every(
    (definition) =>
      definition.kind !== Kind.OPERATION_DEFINITION || definition.operation === OperationTypeNode.QUERY,
  );

/** Opens the explorer, runs the tab it opens with and reads the answer it shows. */
async function runThe360(page: Page) {
  page.setDefaultTimeout(20_000);
  await page.goto(stack.gatewayUrl);
  const tabs = await page.getByRole('tab').allInnerTexts();
  await page.getByRole('button', { name: EXECUTE }).click();
  await page.locator('.graphiql-response').getByText('"displayName": "Rita Novak"').waitFor();
  return { tabs, shown: await editorText(page, '.graphiql-response') };
}

/** The options the GraphiQL page was rendered with (the JSON its script passes to GraphiQL). */
async function graphiQLOptions(
  response: Response,
): Promise<{ title: string; headers: string; defaultTabs: ExplorerTab[] }> {
  const page = await response.text();
  const call = page.lastIndexOf('renderYogaGraphiQL(');
  const start = page.indexOf('{', page.indexOf("querySelector('#root'),", call));
  const end = page.lastIndexOf('}', page.lastIndexOf('</script>'));
  return JSON.parse(page.slice(start, end + 1));
}

/**
 * Another gateway over the stack's subgraphs, configured as `npm start` (`EXPLORER_TOKEN`) or production
 * (`NODE_ENV`, `ENABLE_EXPLORER`) would; the explorer reads its variables when the gateway starts.
 */
async function withGateway<T>(
  config: { port?: number; production?: boolean; token?: string; enableExplorer?: boolean },
  use: (gateway: RunningGateway) => Promise<T>,
): Promise<T> {
  const env: Record<string, string> = {};
  if (config.token) env.EXPLORER_TOKEN = config.token;
  if (config.enableExplorer) env.ENABLE_EXPLORER = 'true';
  Object.assign(process.env, env);
  let gateway: RunningGateway;
  try {
    gateway = await startGateway({
      supergraphSdl: stack.supergraphSdl,
      port: config.port ?? 0,
      host: '127.0.0.1',
      production: config.production,
      logging: false,
      auth: testAuth(),
    });
  } finally {
    for (const name of Object.keys(env)) delete process.env[name];
  }
  try {
    return await use(gateway);
  } finally {
    await gateway.stop();
  }
}

const html = (response: Response) => ({
  status: response.status,
  type: response.headers.get('content-type'),
});

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.stop();
});

describe('the explorer (headless Chromium)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('should run the 360 with no request leaving this machine when the explorer opens with the example operations', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1400 } });
    const requests: string[] = [];
    // Anything not local is recorded and refused, so the page must work offline to pass.
    await page.route('**/*', (route) => (isLocal(route.request().url()) ? route.continue() : route.abort()));
    page.on('request', (request) => requests.push(request.url()));

    // A page that needs the internet never gets this far: the requests then say which ones went out.
    const result = await runThe360(page).catch((error: Error) => error);
    await page.screenshot({ path: artifactPath('explorer.png') });

    // Offline: every request the page made (the page, its workers, introspection, the query) stayed local.
    expect(requests.filter((url) => !isLocal(url))).toEqual([]);
    if (result instanceof Error) throw result;
    const { tabs, shown } = result;
    expect(requests.filter((url) => url === stack.gatewayUrl).length).toBeGreaterThanOrEqual(3);

    // The README's operations, the agent console's 360 first, one tab each.
    expect(tabs.slice(0, 5)).toEqual([
      'Customer360',
      'AgentConsole',
      'CustomersPage',
      'CustomersPage360',
      'BiKpis',
    ]);
    expect(tabs).toHaveLength(exampleTabs('{}').length);
    // Rita Novak (README "Demo personas"), exactly as the gateway answers her 360.
    expect(shown).toContain(`"id": "${RITA}"`);
    expect(shown).toContain('"email": "rita.novak@example.com"');
    expect(shown).toContain('"contactCount90d": 3');
    expect(shown).toContain('"botToHumanHandoffCount90d": 1');
    const answer = await stack.query(operation('customer-360'), { id: RITA });
    const lines = shown.split('\n');
    expect(lines.length).toBeGreaterThan(40);
    expect(lines).toEqual(JSON.stringify(answer, null, 2).split('\n').slice(0, lines.length));
    await page.close();
  });

  it('should open with a development token in the headers when not in production', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(stack.gatewayUrl);
    await page.getByText('Headers', { exact: true }).click();
    // Monaco fills the editor a moment after it is shown.
    await page
      .locator('.graphiql-editor-tool')
      .getByText('Authorization')
      .waitFor()
      .catch(() => undefined);
    const headers = await editorText(page, '.graphiql-editor-tool');
    const token = /"Authorization": "Bearer ([\w.-]+)"/.exec(headers)?.[1];

    expect(token).toBeDefined();
    const caller = await verifierFor(testAuth())(token!);
    expect({ subject: caller.subject, scopes: caller.scopes }).toEqual({
      subject: DEVELOPMENT_TOKEN_SUBJECT,
      scopes: READ_SCOPES,
    });
    await page.close();
  });

  it("should open every tab with the new start's token when the browser comes back after a restart", async () => {
    const port = await freePort();
    const page = await browser.newPage();
    page.setDefaultTimeout(20_000);
    const headersOf = async (tab: string) => {
      await page.getByRole('tab', { name: tab }).click();
      await page.getByText('Headers', { exact: true }).click();
      await page.locator('.graphiql-editor-tool').getByText('Bearer').waitFor();
      return JSON.parse((await editorText(page, '.graphiql-editor-tool')).replace(/^[\d\s]*/, ''));
    };

    await withGateway({ port, token: 'first.start.token' }, async (gateway) => {
      await page.goto(gateway.url);
      await headersOf('AgentConsole');
    });
    const after = await withGateway({ port, token: 'second.start.token' }, async (gateway) => {
      await page.goto(gateway.url);
      return [await headersOf('Customer360'), await headersOf('AgentConsole')];
    });

    expect(after).toEqual([
      { Authorization: 'Bearer second.start.token' },
      { Authorization: 'Bearer second.start.token' },
    ]);
    await page.close();
  });
});

describe('the explorer without a browser', () => {
  it('should answer every preloaded query tab without errors when run as loaded with the development token', async () => {
    const token = await signDevelopmentToken(testAuth());
    const tabs = exampleTabs(JSON.stringify({ Authorization: `Bearer ${token}` }));
    const queries = tabs.filter((tab) => isQuery(parse(tab.query)));

    expect(queries.length).toBeGreaterThanOrEqual(5);
    for (const tab of queries) {
      const response = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...JSON.parse(tab.headers) },
        body: JSON.stringify({ query: tab.query, variables: JSON.parse(tab.variables) }),
      });
      const answer = (await response.json()) as { data?: unknown; errors?: unknown[] };
      expect({ query: tab.query.slice(0, 200), errors: answer.errors }).toEqual({
        query: tab.query.slice(0, 200),
        errors: undefined,
      });
      expect(answer.data).not.toBeNull();
    }
  });

  it('should put the token npm start prints in the explorer headers when it is given as EXPLORER_TOKEN', async () => {
    const options = await withGateway({ token: 'printed.development.token' }, async (gateway) =>
      graphiQLOptions(await fetch(gateway.url, { headers: { accept: 'text/html' } })),
    );

    expect(JSON.parse(options.headers)).toEqual({ Authorization: 'Bearer printed.development.token' });
  });

  it('should serve Apollo Sandbox pointed at the gateway with the token at /sandbox when no token is sent', async () => {
    const response = await fetch(new URL('/sandbox', stack.gatewayUrl));
    const page = await response.text();

    expect(html(response)).toEqual({ status: 200, type: 'text/html; charset=utf-8' });
    expect(page).toContain(
      '<script src="https://embeddable-sandbox.cdn.apollographql.com/_latest/embeddable-sandbox.umd.production.min.js">',
    );
    expect(page).toContain(`"initialEndpoint":"${stack.gatewayUrl}"`);
    expect(page).toMatch(/"sharedHeaders":\{"Authorization":"Bearer [\w.-]+"\}/);
  });

  it('should turn the explorer and the sandbox off when in production', async () => {
    await withGateway({ production: true }, async (gateway) => {
      const explorer = await fetch(gateway.url, { headers: { accept: 'text/html' } });
      const sandbox = await fetch(new URL('/sandbox', gateway.url), { headers: { accept: 'text/html' } });

      expect(html(explorer)).toEqual({ status: 401, type: 'application/json; charset=utf-8' });
      expect(html(sandbox)).toEqual({ status: 401, type: 'application/json; charset=utf-8' });
    });
  });

  it('should serve the explorer without any token when ENABLE_EXPLORER is set in production', async () => {
    // A token in the environment too: production never puts one in the pages.
    const config = { production: true, enableExplorer: true, token: 'must.not.appear' };
    await withGateway(config, async (gateway) => {
      const explorer = await fetch(gateway.url, { headers: { accept: 'text/html' } });
      const options = await graphiQLOptions(explorer);
      const sandbox = await (await fetch(new URL('/sandbox', gateway.url))).text();

      expect(html(explorer)).toEqual({ status: 200, type: 'text/html' });
      expect(options.title).toBe('Customer 360 graph');
      expect(options.headers).toBe('{}');
      expect(options.defaultTabs.map((tab) => tab.headers)).toEqual(exampleTabs('{}').map(() => '{}'));
      expect(sandbox).toContain(`"initialEndpoint":"${gateway.url}"`);
      expect(sandbox).toContain('"sharedHeaders":{}');
    });
  });
});
