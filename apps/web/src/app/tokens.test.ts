import { afterEach, describe, expect, it } from 'vitest';
import { forgetLinkToken, linkToken, takeTokenFromAddressBar } from './tokens';

afterEach(() => {
  forgetLinkToken('/password-reset');
  forgetLinkToken('/invitations/accept');
  window.history.replaceState(null, '', '/');
});

describe('link tokens', () => {
  it('takes a reset token out of the address bar at once and keeps it in memory only', () => {
    window.history.replaceState(null, '', '/password-reset?token=s3cret&lang=en#top');
    takeTokenFromAddressBar();
    expect(window.location.pathname + window.location.search + window.location.hash).toBe('/password-reset?lang=en#top');
    expect(linkToken('/password-reset')).toBe('s3cret');
    expect(JSON.stringify({ ...window.sessionStorage })).not.toContain('s3cret');
    expect(window.history.length).toBe(1); // replaced, not pushed: Back does not bring the token back
  });

  it('keeps an invitation token for the tab, so it survives signing in first, until it is used', () => {
    window.history.replaceState(null, '', '/invitations/accept?token=inv1');
    takeTokenFromAddressBar();
    expect(window.location.search).toBe('');
    expect(linkToken('/invitations/accept')).toBe('inv1');
    forgetLinkToken('/invitations/accept');
    expect(linkToken('/invitations/accept')).toBeNull();
  });

  it('leaves other pages’ addresses alone', () => {
    window.history.replaceState(null, '', '/o/org-1?token=not-ours');
    takeTokenFromAddressBar();
    expect(window.location.search).toBe('?token=not-ours');
  });
});
