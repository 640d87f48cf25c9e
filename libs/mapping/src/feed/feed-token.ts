/** What a feed token can look like; anything else is not looked up at all. */
export const FEED_TOKEN_SHAPE = /^[\w-]{16,128}$/;

/** The organisation a feed token opens: all a public feed says of it. */
export interface FeedOrganisation {
  id: string;
  name: string;
}
