/**
 * `npm run screenshot -- /models/llama-2/ /glossary/ ...`: PNGs of built pages at phone
 * (390 px) and desktop (1280 px) width, light and dark, in .screenshots/, for looking at.
 */
import { mkdirSync } from 'node:fs';
import { launchBrowser, serveDist } from '../../tests/support/browser.ts';

const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
const dark = process.argv.includes('--dark');
const full = process.argv.includes('--full');
mkdirSync('.screenshots', { recursive: true });
const { base, stop } = await serveDist();
const browser = await launchBrowser();
try {
  for (const [label, width, height] of [
    ['phone', 390, 844],
    ['desktop', 1280, 900],
  ] as const) {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme: dark ? 'dark' : 'light' });
    for (const path of paths.length ? paths : ['/']) {
      await page.goto(base + path, { waitUntil: 'networkidle' });
      const name = `.screenshots/${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${label}${dark ? '-dark' : ''}.png`;
      await page.screenshot({ path: name, fullPage: full });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      console.log(`${name}${overflow ? '  (horizontal scroll!)' : ''}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await stop();
}
