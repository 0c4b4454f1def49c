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
for (const path of portal) {
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
await ctx.close();
process.exit(bad ? 1 : 0);
