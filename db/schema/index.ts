/** The database tables, one module per domain; drizzle-kit reads this folder. */
export * from './users';
export * from './settings';
export * from './audit';
export * from './clients';
export * from './courtOrders';
export * from './assessments';
export * from './intakeDrafts';
export * from './caseNotes';
export * from './drugTests';
export * from './compliance';
export * from './supervisionPlan';
export * from './referrals';
export * from './violations';
export * from './schedule';
export * from './courtReports';
export * from './office';
