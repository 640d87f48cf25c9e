import { ForbiddenError } from '@app/common';
import type { FastifyRequest } from 'fastify';
import { httpRequestContext, plainHttpSession } from './request-access';

const SECRET = 'abcdefghijklmnop0123';
const ORG = '6f1c2b9e-2f55-4c0e-9a8e-0a6f3d2c1b00';

function request(headers: Record<string, string>, protocol: 'http' | 'https' = 'http'): FastifyRequest {
  return { id: 'req-1', ip: '203.0.113.9', protocol, headers } as unknown as FastifyRequest;
}

describe('plainHttpSession', () => {
  it('takes the session cookie beside X-Organisation-Id, from the page itself or with no Sec-Fetch-Site', () => {
    for (const site of [{}, { 'sec-fetch-site': 'same-origin' }, { 'sec-fetch-site': 'none' }] as Array<Record<string, string>>) {
      expect(plainHttpSession(request({ cookie: `coprod_session=${SECRET}`, 'x-organisation-id': ORG, ...site }), false)).toBe(SECRET);
    }
  });

  it('ignores the cookie without X-Organisation-Id, as a form or link from anywhere would send it', () => {
    expect(plainHttpSession(request({ cookie: `coprod_session=${SECRET}`, 'sec-fetch-site': 'cross-site' }), false)).toBeUndefined();
  });

  it('refuses a request the browser marks as coming from another site', () => {
    for (const site of ['cross-site', 'same-site']) {
      expect(() =>
        plainHttpSession(request({ cookie: `coprod_session=${SECRET}`, 'x-organisation-id': ORG, 'sec-fetch-site': site }), false),
      ).toThrow(ForbiddenError);
    }
  });

  it('over HTTPS counts only the __Host- cookie', () => {
    const headers = { cookie: `coprod_session=${SECRET}`, 'x-organisation-id': ORG };
    expect(plainHttpSession(request(headers, 'https'), false)).toBeUndefined();
    expect(plainHttpSession(request(headers), true)).toBeUndefined();
    expect(plainHttpSession(request({ ...headers, cookie: `__Host-coprod_session=${SECRET}` }, 'https'), false)).toBe(SECRET);
  });
});

describe('httpRequestContext', () => {
  it('is one context per request, with its id and the client address', () => {
    const one = request({});
    const ctx = httpRequestContext(one);
    expect(httpRequestContext(one)).toBe(ctx);
    expect([ctx.requestId, ctx.clientAddress, ctx.actor]).toEqual(['req-1', '203.0.113.9', { kind: 'anonymous' }]);
    expect(httpRequestContext(request({}))).not.toBe(ctx);
  });
});
