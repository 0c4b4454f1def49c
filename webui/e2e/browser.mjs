// Shared launcher: Debian's Chromium driven by playwright-core (no browser download), flags known to work here.
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export async function launch({ width = 1280, height = 900, locale = 'zh-CN' } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-chromium-'));
  return chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    locale,
    viewport: { width, height },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--lang=${locale}`],
  });
}
