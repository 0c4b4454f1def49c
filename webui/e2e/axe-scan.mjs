// A quick accessibility scan while working (issue 16): axe-core on every portal page and, logged in through the
// dev login or Keycloak, on the console pages; prints the serious and critical violations. The journeys enforce it.
//   BASE_URL=http://localhost:8080 node e2e/axe-scan.mjs [width]
import { launch } from './browser.mjs';
import { axeViolations, describe } from './axe.mjs';

const BASE = process.env.BASE_URL || 'http://localhost:8080';
const width = Number(process.argv[2] || 1280);
const portal = ['/', '/guide', '/catalogue', '/catalogue/ZSKS', '/search?q=招生', '/enquiries', '/enquiries/new', '/enquiries/track', '/apply',
  '/apply/track', '/tools/due-date', '/sitemap', '/nowhere'];
const ctx = await launch({ width, height: 900 });
const page = await ctx.newPage();
let bad = 0;
for (const path of process.env.CONSOLE_ONLY ? [] : portal) {
  await page.goto(`${BASE}${path}`);
  await page.waitForLoadState('networkidle');
  const v = await axeViolations(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  console.log(`${v.length ? 'FAIL' : 'ok  '} ${path}${overflow > 2 ? ` (${overflow}px too wide)` : ''}\n${describe(v)}`);
  bad += v.length;
}
const items = await (await page.request.get(`${BASE}/api/v1/portal/items?size=1`)).json();
if (items.items?.length) {
  await page.goto(`${BASE}/items/${items.items[0].id}`);
  await page.waitForLoadState('networkidle');
  const v = await axeViolations(page);
  console.log(`${v.length ? 'FAIL' : 'ok  '} /items/${items.items[0].id}\n${describe(v)}`);
  bad += v.length;
}
// the console, logged in through the dev login (quarkus:dev) as each kind of officer
const consolePages = ['/console', '/console/obligations', '/console/items', '/console/items/new', '/console/review', '/console/catalogue',
  '/console/normative', '/console/enquiries', '/console/applications', '/console/letters', '/console/calendar', '/console/audit'];
for (const user of (process.env.USERS || 'officehead,staff').split(',')) {
  const c = await launch({ width, height: 900 });
  const p = await c.newPage();
  await p.goto(`${BASE}/console`);
  await p.getByText(user, { exact: true }).first().click();
  await p.waitForURL(`${BASE}/console**`);
  await p.waitForLoadState('networkidle');
  const details = [];
  for (const path of consolePages) {
    await p.goto(`${BASE}${path}`);
    await p.waitForLoadState('networkidle');
    const v = await axeViolations(p);
    console.log(`${v.length ? 'FAIL' : 'ok  '} ${user} ${path}\n${describe(v)}`);
    bad += v.length;
    const first = await p.locator(`a[href^="${path}/"]`).first().getAttribute('href').catch(() => null);
    if (first && /\/\d+$/.test(first)) details.push(first);
  }
  for (const path of details) {
    await p.goto(`${BASE}${path}`);
    await p.waitForLoadState('networkidle');
    const v = await axeViolations(p);
    console.log(`${v.length ? 'FAIL' : 'ok  '} ${user} ${path}\n${describe(v)}`);
    bad += v.length;
  }
  await c.close();
}
await ctx.close();
process.exit(bad ? 1 : 0);
