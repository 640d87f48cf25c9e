/**
 * The only ways past the tenancy wall. Every table holding an organisation's data lets a
 * request see the rows of the organisation it acts for and nothing else (PostgreSQL row-level
 * security, forced: migrations/1764410000000-tenant-wall.ts). What must look across
 * organisations by design does so through one of these named paths, and only on the tables it
 * lists; the policies are built from this table and a test holds them to it.
 *
 * A path reads; it never writes across organisations. Once it has found what it was looking
 * for (a key, an invitation, a feed), the request enters that organisation and writes there.
 */
export const CROSS_ORGANISATION_PATHS = {
  AUTHENTICATE: {
    purpose:
      "Turn credentials into a caller: an API key by its hash, a person's memberships and their organisations (with their account, or the session a cookie or token names: user_session, like app_user, is a person's and stands outside the wall), and whether each organisation still lets passwords in.",
    tables: ['api_key', 'membership', 'organisation', 'oidc_configuration'],
  },
  SINGLE_SIGN_ON: {
    purpose:
      'A sign-in or token from an identity provider is matched to the organisations that trust its issuer (or the one whose short name was typed), and its issuer and subject to the person they were bound to, before anyone knows the organisation.',
    tables: ['oidc_configuration', 'external_identity'],
  },
  MY_ORGANISATIONS: {
    purpose: 'A signed-in person lists the organisations they belong to, with their roles.',
    tables: ['membership', 'organisation'],
  },
  INVITATION_REDEMPTION: {
    purpose: 'An invitation link is looked up by its token hash, before anyone knows its organisation.',
    tables: ['invitation', 'organisation'],
  },
  PASSWORD_RESET_REDEMPTION: {
    purpose:
      "A password-reset link is looked up by its token hash; using it ends the person's other open links, whichever organisation issued them.",
    tables: ['password_reset'],
  },
  RESET_LINK_REACH: {
    purpose: 'Before an ADMIN issues a reset link, check that the person belongs to no organisation the ADMIN does not administer.',
    tables: ['membership'],
  },
  PUBLIC_LINKS: {
    purpose:
      'Feeds, survey links and programmes\' "you said, we did" pages are looked up by their tokens, which are their only credential, with the name of the organisation they belong to.',
    tables: ['feed_token', 'survey', 'survey_respondent_token', 'organisation', 'programme_outcome_page'],
  },
  LIVE_EVENTS: {
    purpose:
      "The listener that fans events out to subscribers reads each new event by id, whatever its organisation (subscribers' memberships are checked by AUTHENTICATE).",
    tables: ['event'],
  },
  WORKSHOP_TEMPLATES: {
    purpose:
      "A person's own workshop templates, which belong to them and to no organisation (they hold no organisation's data), read and written by their owner in whichever organisation they act; every statement names the owner. The table holds nothing else, so this path reaches no organisation's rows.",
    tables: ['workshop_template'],
  },
  WORKSHOP_GUESTS: {
    purpose:
      "Someone without an account joins a running workshop by its code, and then takes part with the pass it gave them: the workshop is found by the code's hash, the guest by the pass's hash, before anyone knows the organisation. The room reaches nothing else.",
    tables: ['workshop', 'workshop_guest'],
  },
  WEBHOOK_DELIVERY: {
    purpose:
      'A worker finds the deliveries that are due, whichever organisation owes them, with their endpoints and events; it then sends and records each inside that organisation.',
    tables: ['webhook_delivery', 'webhook_endpoint', 'event'],
  },
  NOTIFICATION_DIGEST: {
    purpose:
      "The reminder scheduler finds who is due a digest, whichever organisations they belong to: memberships with their organisations' time zones, people's notification settings and the digests already sent (both a person's, holding no organisation's data). It then reads each organisation's reminders and writes its notifications inside that organisation.",
    tables: ['membership', 'organisation', 'notification_preference', 'notification_digest'],
  },
  NOTIFICATION_SETTINGS: {
    purpose:
      "A person's own notification settings, which belong to them and to no organisation, read and written by that person (or by the unsubscribe link signed for them) in whichever organisation they act; every statement names the person.",
    tables: ['notification_preference'],
  },
  PASSWORD_RESET_REQUEST: {
    purpose:
      'Someone who forgot their password asks for a link by e-mail: the organisation they joined first is found, to keep the link in, before anyone knows which it is.',
    tables: ['membership'],
  },
  CALENDAR_FEEDS: {
    purpose:
      "A calendar link is looked up by its token's hash, its only credential, before anyone knows whose it is: a programme's, or a person's. A person's links belong to no organisation and are read and written on this path only, each statement naming their owner; the calendar then reads inside each organisation it shows.",
    tables: ['personal_calendar', 'programme_calendar'],
  },
  IDEMPOTENCY_KEY_EXPIRY: {
    purpose:
      "The expiry sweep finds the organisations holding Idempotency-Keys past their time (the keys' organisations and expiry only); it then deletes them inside each organisation.",
    tables: ['idempotency_key'],
  },
  DEMO_SEEDER: {
    purpose: 'The demo seeder checks whether the database holds any organisation yet.',
    tables: ['organisation'],
  },
} as const satisfies Record<string, { purpose: string; tables: readonly string[] }>;

export type CrossOrganisationPath = keyof typeof CROSS_ORGANISATION_PATHS;

/** The paths allowed to read `table` across organisations (for its row-level security policy). */
export function pathsAcross(table: string): CrossOrganisationPath[] {
  return (Object.keys(CROSS_ORGANISATION_PATHS) as CrossOrganisationPath[]).filter((path) =>
    (CROSS_ORGANISATION_PATHS[path].tables as readonly string[]).includes(table),
  );
}
