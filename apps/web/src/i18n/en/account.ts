// The account pages' messages (src/screens/account/).
export default {
  'account.title': 'Your account',
  'account.organisations': 'Your organisations',
} as const;
