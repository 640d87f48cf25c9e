import { SECURE_SESSION_COOKIE, SESSION_COOKIE } from '@app/common';

/**
 * The Set-Cookie header that hands a browser its session: HttpOnly (no script reads it),
 * SameSite=Lax (not sent on another site's POST), Path=/; Secure and `__Host-` when the request
 * came over HTTPS or SESSION_COOKIE_SECURE says so. It lives until the session's absolute end;
 * the idle end is the server's to enforce.
 */
export function sessionCookie(secret: string, expiresAt: Date, secure: boolean): string {
  const maxAge = Math.max(0, Math.round((expiresAt.getTime() - Date.now()) / 1000));
  return `${secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE}=${secret}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}

/** Tells the browser to drop the session cookie at once. */
export function clearedSessionCookie(secure: boolean): string {
  return `${secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE}=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}
