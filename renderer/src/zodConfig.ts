import { z } from 'zod';

// Zod compiles object parsers with new Function() when eval is allowed; the CSP forbids eval, and zod's probe
// for it logs a CSP violation. Schemas read this setting when they are built, so this module is imported first.
z.config({ jitless: true });
