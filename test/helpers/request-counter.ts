import { startForwardingProxy } from './forwarding-proxy';

export interface CountingProxy {
  /** Where to point the gateway instead of the subgraph. */
  url: string;
  /** Requests that reached the proxy (and were passed on to the subgraph). */
  count(): number;
  /** The subgraph to pass requests to; set once it runs (the proxy may start before it). */
  setTarget(url: string): void;
  close(): Promise<void>;
}

/**
 * An HTTP proxy in front of one subgraph that counts the requests it passes on: a test points the gateway
 * at it (`startStack({ urls })`) to prove which subgraphs an operation reached, or that none did.
 */
export async function startCountingProxy(): Promise<CountingProxy> {
  let target: string | null = null;
  let requests = 0;
  const proxy = await startForwardingProxy({
    target: () => target,
    onReceived: () => {
      requests++;
    },
  });
  return {
    url: proxy.url,
    count: () => requests,
    setTarget(url) {
      target = url;
    },
    close: proxy.close,
  };
}
