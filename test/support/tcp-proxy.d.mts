/** Types of tcp-proxy.mjs: a TCP proxy a test can refuse, blackhole and restore. */
export declare class TcpProxy {
  constructor(target: { host: string; port: number });
  readonly target: { host: string; port: number };
  readonly mode: 'open' | 'refused' | 'blackhole';
  readonly port: number;
  /** Connections accepted so far, forwarded or not. */
  readonly accepted: number;
  /** Connections open through the proxy now. */
  readonly openConnections: number;
  /** Listens on a free port of 127.0.0.1; resolves with it. */
  listen(): Promise<number>;
  /** `url` (a postgres:// URL to the target) through the proxy instead. */
  through(url: string): string;
  /** Resets every connection and refuses new ones. */
  refuse(): Promise<void>;
  /** Drops every byte both ways; new connections are accepted and never forwarded. */
  blackhole(): void;
  /** Forwards again; blackholed connections are reset. */
  restore(): Promise<void>;
  close(): Promise<void>;
}
