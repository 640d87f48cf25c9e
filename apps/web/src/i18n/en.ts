// The English message catalogue: every text the client shows. Each area keeps its messages in
// ./en/<area>.ts (keys prefixed with the area); a translation copies this folder.
import account from './en/account';
import admin from './en/admin';
import auth from './en/auth';
import common from './en/common';
import dashboard from './en/dashboard';
import errors from './en/errors';
import programme from './en/programme';

export const en = { ...common, ...errors, ...auth, ...dashboard, ...programme, ...admin, ...account } as const;
