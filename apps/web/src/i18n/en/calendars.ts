// Calendar links (src/screens/calendars/): on the account page and a programme's page.
export default {
  'calendars.mine.title': 'Calendar',
  'calendars.mine.lead':
    'Subscribe to your dates in your own calendar program (Outlook, Google Calendar, Apple Calendar): the due dates of tasks assigned to you, and the workshops and step target dates of the programmes you take part in, in every organisation you belong to. It updates by itself, about once an hour.',
  'calendars.mine.loading': 'Checking for your calendar link…',
  'calendars.programme.title': 'Subscribe in your calendar',
  'calendars.programme.lead':
    "A link to this programme's dates for calendar programs: the due dates of its open tasks, its workshops and its steps' target dates. Anyone you give it to can read them without signing in, so share it only with the people who should see them.",
  'calendars.programme.loading': 'Checking for a calendar link…',
  'calendars.none': 'There is no calendar link yet.',
  'calendars.make': 'Make a calendar link',
  'calendars.madeBefore':
    'A link was made on {when}. It is shown only when it is made, so we cannot show it again: if you no longer have it, reset it to get a new one.',
  'calendars.link': 'Calendar link',
  'calendars.shownOnce':
    'Shown only now: copy it into your calendar program ("subscribe to a calendar from the internet"). Anyone with the link can see these dates, so keep it to yourself as you would a password.',
  'calendars.copy': 'Copy link',
  'calendars.copied': 'The link is copied. Paste it into your calendar program.',
  'calendars.copyFailed': 'Your browser did not let us copy it: the link is selected, so copy it with Ctrl+C (⌘C on a Mac).',
  'calendars.reset': 'Reset link',
  'calendars.resetTitle': 'Reset the calendar link?',
  'calendars.resetBody':
    'The old link stops working at once: calendars subscribed to it will get no more updates. You will get a new link to subscribe to instead.',
  'calendars.resetConfirm': 'Reset link',
  'calendars.made': 'Your new calendar link is ready below.',
} as const;
