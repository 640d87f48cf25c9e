// Sentences for the API's error codes (libs/common/src/errors.ts, apps/api/src/graphql/format-error.ts).
export default {
  'errors.BAD_USER_INPUT': 'Some answers need changing: see the messages below.',
  'errors.UNAUTHENTICATED': 'Your session has ended. Sign in again to carry on.',
  'errors.FORBIDDEN': 'Your role in this organisation does not allow this.',
  'errors.NOT_FOUND': 'This could not be found. It may have been deleted, or the link may be out of date.',
  'errors.CONFLICT': 'Someone else changed this while you were working on it. Nothing was saved.',
  'errors.GATE_NOT_MET': 'This step’s gate is not met yet.',
  'errors.INVALID_TRANSITION': 'This cannot be done at this point.',
  'errors.TOO_MANY_ATTEMPTS': 'Too many attempts. Wait a while, then try again.',
  'errors.TOO_MANY_ATTEMPTS.wait': 'Too many attempts. Try again in {seconds} seconds.',
  'errors.PAYLOAD_TOO_LARGE': 'That is more than the server accepts at once.',
  'errors.TOO_MANY_SUBSCRIPTIONS': 'Too many live views are open. Close some tabs, then reload.',
  'errors.INTERNAL_SERVER_ERROR': 'Something went wrong on the server. Nothing was changed; try again in a moment.',
  'errors.DATABASE_UNAVAILABLE': 'The server cannot reach its database just now. Try again in a few seconds.',
  'errors.BAD_REQUEST': 'The server could not understand the request. Reload the page and try again.',
  'errors.GRAPHQL_VALIDATION_FAILED': 'This page is out of date with the server. Reload it.',
  // API field messages given in the catalogue's words (api/errors.ts: FIELD_SENTENCES).
  'errors.field.currentPassword.wrong':
    'That is not your current password. Try again; if you have forgotten it, ask an administrator of your organisation for a reset link.',
  'errors.unexpected': 'Something went wrong. Try again in a moment.',
  'errors.serverDown': 'The server is not answering properly. Try again in a moment.',
  'errors.network': 'The server cannot be reached. Check your connection; the page will try again.',
} as const;
