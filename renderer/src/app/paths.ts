export const paths = {
  home: '/',
  caseload: '/caseload',
  intake: '/intake',
  intakeDraft: (draftId: number) => `/intake/${draftId}`,
  client: (clientId: number) => `/clients/${clientId}`,
  users: '/admin/users',
  audit: '/admin/audit',
  settings: '/admin/settings',
} as const;
