import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';

/**
 * The one way tests start a browser: Debian's headless Chromium, driven over the DevTools
 * protocol. Closing waits until every Chromium process has exited before the profile is removed
 * (removing it while Chromium still writes there failed now and then), and the removal retries.
 */
export const CHROMIUM = '/usr/bin/chromium';

/** Without the background-networking flags Chromium keeps calling out, and a closed network refuses it. */
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--remote-debugging-port=0',
];

const STARTUP_TIMEOUT_MS = 30_000;
const EXIT_TIMEOUT_MS = 10_000;

/**
 * Whether browser tests can run here. Where CI=true a missing Chromium is an error, so CI never
 * passes by skipping them; elsewhere the caller skips, with a line saying why.
 */
export function chromiumAvailable(suite: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true') {
    throw new Error(`${suite}: ${CHROMIUM} is missing, and CI must run the browser tests (apt-get install -y chromium).`);
  }
  console.info(`${suite}: ${CHROMIUM} not found, skipping the headless browser tests (apt-get install -y chromium runs them).`);
  return false;
}

export interface DevToolsEvent {
  method: string;
  params: any;
}

/** One page of the browser, over the DevTools protocol. */
export interface BrowserPage {
  send(method: string, params?: object): Promise<any>;
  /** Every protocol event the page sends, from the moment it was opened. */
  onEvent(listener: (event: DevToolsEvent) => void): void;
  close(): Promise<void>;
}

export interface HeadlessBrowser {
  /** The fresh profile folder this browser writes to; gone once closed. */
  readonly profile: string;
  /** Whether any process of this browser (the browser itself or a helper) is still running. */
  running(): boolean;
  /** The first page, opened on about:blank. */
  page(): Promise<BrowserPage>;
  /** Stops Chromium, waits for all its processes to exit, then removes its profile. Safe to call twice. */
  close(): Promise<void>;
}

export async function launchChromium(): Promise<HeadlessBrowser> {
  const profile = await mkdtemp(path.join(tmpdir(), 'coprod-chromium-'));
  // Its own process group, so closing reaches the renderer and utility processes as well.
  const chromium = spawn(CHROMIUM, [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, 'about:blank'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => chromium.once('exit', () => resolve()));
  const pages: BrowserPage[] = [];
  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      await Promise.allSettled(pages.map((page) => page.close()));
      await stop(chromium, exited);
      await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    })());

  try {
    const devtools = await devToolsAddress(chromium);
    return {
      profile,
      running: () => runningInGroup(chromium.pid!),
      async page() {
        const targets = (await (await fetch(`http://${devtools}/json/list`)).json()) as { type: string; webSocketDebuggerUrl: string }[];
        const target = targets.find((t) => t.type === 'page');
        if (!target) throw new Error('Chromium has no page open');
        const page = await connect(target.webSocketDebuggerUrl);
        pages.push(page);
        return page;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

function devToolsAddress(chromium: ChildProcess): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(
      () => reject(new Error(`Chromium did not start within ${STARTUP_TIMEOUT_MS} ms: ${stderr}`)),
      STARTUP_TIMEOUT_MS,
    );
    chromium.stderr!.on('data', (chunk) => {
      stderr += chunk;
      const match = /DevTools listening on ws:\/\/([^/\s]+)\//.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    chromium.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited before it was ready (${code ?? signal}): ${stderr}`));
    });
  });
}

async function connect(url: string): Promise<BrowserPage> {
  const socket = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  let lastId = 0;
  const pending = new Map<number, { resolve: (result: any) => void; reject: (error: Error) => void }>();
  const listeners: ((event: DevToolsEvent) => void)[] = [];
  socket.on('message', (data) => {
    const message = JSON.parse(String(data));
    if (message.id) {
      const call = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) call?.reject(new Error(`${message.error.message} (${message.error.code})`));
      else call?.resolve(message.result);
    } else if (message.method) {
      for (const listener of listeners) listener(message);
    }
  });
  socket.on('close', () => {
    for (const call of pending.values()) call.reject(new Error('The DevTools connection closed'));
    pending.clear();
  });
  return {
    send: (method, params = {}) =>
      new Promise((resolve, reject) => {
        pending.set(++lastId, { resolve, reject });
        socket.send(JSON.stringify({ id: lastId, method, params }));
      }),
    onEvent: (listener) => void listeners.push(listener),
    close: async () => {
      if (socket.readyState === WebSocket.CLOSED) return;
      const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
      socket.close();
      await closed;
    },
  };
}

/** SIGTERM to the whole group, SIGKILL if it lingers; returns once no process of the group is running. */
async function stop(chromium: ChildProcess, exited: Promise<void>): Promise<void> {
  const group = chromium.pid!;
  signalGroup(group, 'SIGTERM');
  if (!(await within(exited, EXIT_TIMEOUT_MS))) {
    signalGroup(group, 'SIGKILL');
    await exited;
  }
  // The browser process can exit a moment before its helpers, which may still write to the profile.
  for (const next of ['SIGTERM', 'SIGKILL', null] as const) {
    const deadline = Date.now() + EXIT_TIMEOUT_MS / 2;
    while (runningInGroup(group) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    if (!runningInGroup(group)) return;
    if (next) signalGroup(group, next);
  }
}

function signalGroup(group: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-group, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/**
 * Whether a process of the group still runs, read from /proc: a zombie (exited, not yet reaped by
 * its new parent) writes nothing, and where the container's first process never reaps, waiting
 * for it to vanish would wait for ever.
 */
function runningInGroup(group: number): boolean {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited while we looked
    }
    // "pid (command) state ppid pgrp …": the command may hold spaces and brackets.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === group && state !== 'Z' && state !== 'X') return true;
  }
  return false;
}

async function within(promise: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([promise.then(() => true as const), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
