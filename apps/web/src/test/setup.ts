import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import room from '../i18n/en/room';
import webhooks from '../i18n/en/webhooks';
import workshops from '../i18n/en/workshops';
import { addMessages } from '../i18n/i18n';

// Screens load some areas' messages with their routes (i18n/en.ts: lazyMessages); components under test get them all.
addMessages(workshops);
addMessages(room);
addMessages(webhooks);

afterEach(() => {
  cleanup();
  // Node-environment tests (e.g. src/gql/codegen.test.ts) have no storage.
  if (typeof window === 'undefined') return;
  window.sessionStorage.clear();
  window.localStorage.clear();
});
