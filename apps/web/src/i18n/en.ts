// The English message catalogue: every text the client shows. Each area keeps its messages in
// ./en/<area>.ts (keys prefixed with the area); a translation copies this folder.
import account from './en/account';
import admin from './en/admin';
import auth from './en/auth';
import common from './en/common';
import dashboard from './en/dashboard';
import errors from './en/errors';
import focusIt from './en/focusIt';
import growIt from './en/growIt';
import mapIt from './en/mapIt';
import marketIt from './en/marketIt';
import peopleIt from './en/peopleIt';
import programme from './en/programme';
import respond from './en/respond';
import room from './en/room';
import surveys from './en/surveys';
import workspace from './en/workspace';
import workshops from './en/workshops';

export const en = {
  ...common,
  ...errors,
  ...auth,
  ...dashboard,
  ...programme,
  ...admin,
  ...account,
  ...workspace,
  ...mapIt,
  ...focusIt,
  ...peopleIt,
  ...marketIt,
  ...growIt,
  ...surveys,
  ...respond,
  ...room,
  ...workshops,
} as const;
