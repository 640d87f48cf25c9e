// The account pages' messages (src/screens/account/).
export default {
  'account.title': 'Your account',
  'account.who': 'Signed in as',
  'account.organisations': 'Your organisations',
  'account.noOrganisations': 'You are not a member of any organisation yet.',
  'account.password.title': 'Change your password',
  'account.password.current': 'Current password',
  'account.password.current.required': 'Enter your current password.',
  'account.password.submit': 'Change password',
  'account.password.changed': 'Your password has been changed. You stay signed in here; every other session of yours has ended.',
  'account.password.otherSessions': 'Changing it signs you out everywhere else (other browsers and devices); this one stays signed in.',
  'account.signOut.title': 'Sign out',
  'account.signOut.body': 'Ends this session on the server: this browser will need your password again.',
} as const;
