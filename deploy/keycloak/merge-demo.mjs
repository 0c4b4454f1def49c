// Writes the realm Keycloak imports for development and tests: the production realm (gongkai-realm.json)
// with the demo additions (gongkai-demo.json). Usage: node merge-demo.mjs <out.json>
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const realm = JSON.parse(readFileSync(join(here, 'gongkai-realm.json'), 'utf8'));
const demo = JSON.parse(readFileSync(join(here, 'gongkai-demo.json'), 'utf8'));
for (const c of realm.clients) {
  if (c.clientId === 'gongkai-api') c.secret = demo.apiSecret;
  if (c.clientId === 'gongkai-web') {
    c.redirectUris = [...c.redirectUris, ...demo.redirectUris];
    c.webOrigins = [...c.webOrigins, ...demo.webOrigins];
  }
}
realm.clients.push(...demo.clients);
realm.users = demo.users;
writeFileSync(process.argv[2], JSON.stringify(realm, null, 2));
