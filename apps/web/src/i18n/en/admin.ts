// Administration's messages (src/screens/admin/).
export default {
  'admin.title': 'Administration',
  'admin.settings': 'Settings',
  'admin.members': { one: '{count} member', other: '{count} members' },
} as const;
