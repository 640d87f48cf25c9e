/** The organisation a screen shows is always in its URL: /o/<organisationId>/… */
const ORGANISATION_PATH = /^\/o\/([^/]+)/;

/** The organisation in a path, or null outside /o/… (sign-in pages, /account). */
export function organisationIdFromPath(pathname: string): string | null {
  const match = ORGANISATION_PATH.exec(pathname);
  return match ? decodeURIComponent(match[1]) : null;
}

/** The organisation of the page the browser shows now; requests carry it as X-Organisation-Id. */
export function currentOrganisationId(): string | null {
  return typeof window === 'undefined' ? null : organisationIdFromPath(window.location.pathname);
}
