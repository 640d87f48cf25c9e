import { useSyncExternalStore } from 'react';

/** The live connection as the screens show it: connecting, connected, or lost and retrying. */
export type ConnectionState = 'idle' | 'connected' | 'reconnecting';

let state: ConnectionState = 'idle';
const listeners = new Set<() => void>();

export function setConnectionState(next: ConnectionState): void {
  if (next === state) return;
  state = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The live connection's state, re-rendering when it changes (for the Reconnecting banner). */
export function useConnectionState(): ConnectionState {
  return useSyncExternalStore(
    subscribe,
    () => state,
    () => state,
  );
}

/** Listens for the moment a lost connection comes back (e.g. to fetch missed events). */
export function onReconnected(listener: () => void): () => void {
  let previous = state;
  return subscribe(() => {
    if (previous === 'reconnecting' && state === 'connected') listener();
    previous = state;
  });
}
