import { Injectable } from '@nestjs/common';
import { AppConfig, UnauthenticatedError } from '@app/common';
import { SignJWT, jwtVerify, errors } from 'jose';

export interface AccessClaims {
  userId: string;
  /** The server-side session the token belongs to (`sid`); signing out ends it. Absent from tokens issued before sessions. */
  sessionId?: string;
  issuedAt: Date;
  expiresAt: Date;
}

const ISSUER = 'coprod';
const CACHE_LIMIT = 10_000;

/** Signs and checks access tokens (HS256). Verified tokens are cached until they expire. */
@Injectable()
export class TokenService {
  private readonly key: Uint8Array;
  private readonly verified = new Map<string, AccessClaims>();

  constructor(private readonly config: AppConfig) {
    this.key = new TextEncoder().encode(config.jwtSecret);
  }

  /** When a token issued now expires (whole seconds, as the token says). */
  expiryFromNow(): Date {
    return new Date((Math.floor(Date.now() / 1000) + this.config.jwtTtlSeconds) * 1000);
  }

  async issue(userId: string, sessionId: string, expiresAt: Date): Promise<{ token: string; expiresAt: Date }> {
    const nowMs = Date.now();
    const now = Math.floor(nowMs / 1000);
    const exp = Math.floor(expiresAt.getTime() / 1000);
    // `iat` counts whole seconds; a password reset must also end sessions opened earlier in its second.
    const token = await new SignJWT({ iatMs: nowMs, sid: sessionId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setIssuedAt(now)
      .setExpirationTime(exp)
      .sign(this.key);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  async verify(token: string): Promise<AccessClaims> {
    const cached = this.verified.get(token);
    if (cached && cached.expiresAt.getTime() > Date.now()) return cached;
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: ['HS256'] });
      if (!payload.sub || !payload.exp || !payload.iat) throw new UnauthenticatedError('The token is incomplete; sign in again');
      const issuedAt = new Date(typeof payload.iatMs === 'number' ? payload.iatMs : payload.iat * 1000);
      const sessionId = typeof payload.sid === 'string' ? payload.sid : undefined;
      const claims = { userId: payload.sub, sessionId, issuedAt, expiresAt: new Date(payload.exp * 1000) };
      if (this.verified.size >= CACHE_LIMIT) this.verified.clear();
      this.verified.set(token, claims);
      return claims;
    } catch (error) {
      if (error instanceof UnauthenticatedError) throw error;
      if (error instanceof errors.JWTExpired) throw new UnauthenticatedError('The token has expired; sign in again');
      throw new UnauthenticatedError('The token is not valid; sign in again');
    }
  }
}
