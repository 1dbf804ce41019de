/** The specs' office and people; plain data, so the office host's process (officeHostProcess.ts) can use it too. */
export const OFFICE = { name: 'Riverside County Probation', address: '12 Court Street\nRiverside, RC 10001', phone: '555-0100' };
export const ADMIN = { fullName: 'Ada Administrator', username: 'ada', password: 'Lantern-Orchard-Tidal-42' };
export const OFFICER = { fullName: 'Olly Officer', username: 'olly', role: 'officer' as const, temporaryPassword: 'Granite-Meadow-Falcon-7' };
export const OFFICER_PASSWORD = 'Copper-Willow-Harbor-19';
/** The office-network spec's supervisor, who reviews the officer's work at another workstation. */
export const SUPERVISOR = { fullName: 'Sue Supervisor', username: 'sue', temporaryPassword: 'Harbor-Granite-Lantern-8', password: 'Willow-Copper-Meadow-31' };
