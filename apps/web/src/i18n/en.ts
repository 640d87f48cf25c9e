// The English message catalogue: every text the client shows. Each area keeps its messages in
// ./en/<area>.ts (keys prefixed with the area); a translation copies this folder.
import account from './en/account';
import admin from './en/admin';
import auth from './en/auth';
import calendars from './en/calendars';
import common from './en/common';
import dashboard from './en/dashboard';
import errors from './en/errors';
import exports from './en/exports';
import focusIt from './en/focusIt';
import growIt from './en/growIt';
import mapIt from './en/mapIt';
import marketIt from './en/marketIt';
import notifications from './en/notifications';
import peopleIt from './en/peopleIt';
import programme from './en/programme';
import respond from './en/respond';
import singleSignOn from './en/singleSignOn';
import surveys from './en/surveys';
import workspace from './en/workspace';
import type risks from './en/risks';
import type room from './en/room';
import type webhooks from './en/webhooks';
import type workshops from './en/workshops';

export const en = {
  ...common,
  ...errors,
  ...auth,
  ...dashboard,
  ...programme,
  ...admin,
  ...account,
  ...notifications,
  ...calendars,
  ...workspace,
  ...mapIt,
  ...focusIt,
  ...peopleIt,
  ...marketIt,
  ...growIt,
  ...surveys,
  ...exports,
  ...respond,
  ...singleSignOn,
} as const;

/**
 * Areas whose messages arrive with their screens rather than with the first screen, which has a
 * budget (apps/web/scripts/bundle-sizes.mts): a route that shows them loads them first
 * (src/app/routes.tsx, withMessages), and component tests have them all (src/test/setup.ts).
 */
export const lazyMessages = {
  workshops: () => import('./en/workshops'),
  room: () => import('./en/room'),
  webhooks: () => import('./en/webhooks'),
  risks: () => import('./en/risks'),
} as const;
export type LazyArea = keyof typeof lazyMessages;
export type LazyMessages = typeof workshops & typeof room & typeof webhooks & typeof risks;
