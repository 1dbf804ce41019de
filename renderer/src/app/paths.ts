export const paths = {
  home: '/',
  users: '/admin/users',
  audit: '/admin/audit',
  settings: '/admin/settings',
} as const;
