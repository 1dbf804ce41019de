// The renderer bundle must hold no database code: no drizzle table objects (their SQL names) and no drizzle runtime.
// Run after `npm run build:renderer`; a hit means something in renderer/ imports db/ or a service at run time.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const schemaDir = 'db/schema';
const tables = readdirSync(schemaDir)
  .filter((file) => file.endsWith('.ts'))
  .flatMap((file) => [...readFileSync(path.join(schemaDir, file), 'utf8').matchAll(/sqliteTable\(\s*'([a-z_]+)'/g)].map((match) => match[1]));
const assets = 'dist/renderer/assets';
const bundles = readdirSync(assets).filter((file) => file.endsWith('.js'));
if (tables.length === 0 || bundles.length === 0) {
  console.error('renderer-bundle: found no tables or no bundle to check; build the renderer first.');
  process.exit(1);
}
const hits = [];
for (const bundle of bundles) {
  const text = readFileSync(path.join(assets, bundle), 'utf8');
  for (const needle of [...tables.map((table) => `"${table}"`), ...tables.map((table) => `'${table}'`), 'drizzle:Name']) {
    if (text.includes(needle)) hits.push(`${bundle}: ${needle}`);
  }
}
if (hits.length > 0) {
  console.error(`renderer-bundle: database code in the renderer bundle:\n  ${hits.join('\n  ')}`);
  process.exit(1);
}
console.log(`renderer-bundle: ${bundles.length} bundle(s) hold none of the ${tables.length} tables.`);
