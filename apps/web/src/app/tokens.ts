/**
 * Tokens that arrive in links (/password-reset?token=…, /invitations/accept?token=…) are taken out
 * of the address bar before anything else runs, so they stay out of history, bookmarks, screenshots
 * and Referer headers; the page reads them from memory. An invitation's token is also kept for the
 * tab (sessionStorage) so that it survives signing in first.
 */
const TOKEN_PAGES = ['/password-reset', '/invitations/accept'] as const;
export type TokenPage = (typeof TOKEN_PAGES)[number];

const tokens = new Map<TokenPage, string>();
const INVITATION_KEY = 'coprod:invitation-token';

export function takeTokenFromAddressBar(location: Location = window.location, history: History = window.history): void {
  const page = TOKEN_PAGES.find((p) => p === location.pathname);
  if (!page) return;
  const params = new URLSearchParams(location.search);
  const token = params.get('token');
  if (!token) return;
  tokens.set(page, token);
  if (page === '/invitations/accept') safeSession(() => window.sessionStorage.setItem(INVITATION_KEY, token));
  params.delete('token');
  const rest = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${rest ? `?${rest}` : ''}${location.hash}`);
}

/** The token the link carried, if any. */
export function linkToken(page: TokenPage): string | null {
  if (page === '/invitations/accept') return tokens.get(page) ?? safeSession(() => window.sessionStorage.getItem(INVITATION_KEY)) ?? null;
  return tokens.get(page) ?? null;
}

/** Forgets a used token. */
export function forgetLinkToken(page: TokenPage): void {
  tokens.delete(page);
  if (page === '/invitations/accept') safeSession(() => window.sessionStorage.removeItem(INVITATION_KEY));
}

function safeSession<T>(action: () => T): T | undefined {
  try {
    return action();
  } catch {
    return undefined;
  }
}
