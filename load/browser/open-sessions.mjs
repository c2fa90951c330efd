// open-sessions.mjs: N real browser sessions (one Chromium context each: its own cookie, so its own HTTP session)
// signed in and left open on PATH, for load/browser-session-heap.sh. Unlike the Gatling simulation, the browser runs
// the client: every request the page makes by itself (e.g. the no-op round trip after a navigation) is made.
// Usage: node open-sessions.mjs BASE USER PASSWORD N PATH   — prints "open N" and waits for stdin to close.
import { chromium } from 'playwright-core';

const [base, user, pass, n, target] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
for (let i = 0; i < Number(n); i++) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'sv-SE' });
  const page = await context.newPage();
  await page.goto(base + 'login', { waitUntil: 'domcontentloaded' });
  await page.locator('input[type="password"]').first().waitFor({ timeout: 30000 });
  await page.locator('input[name="username"]').first().fill(user);
  await page.locator('input[type="password"]').first().fill(pass);
  await page.locator('input[type="password"]').first().press('Enter');
  await page.waitForURL(u => !u.pathname.endsWith('/login'), { timeout: 60000 });
  await page.waitForLoadState('networkidle').catch(() => {});


  const wanted = new URL(target.replace(/^\//, ''), base);
  await page.goto(wanted.href, { waitUntil: 'domcontentloaded' });
  await page.waitForURL(u => u.pathname === wanted.pathname, { timeout: 60000 });
  await page.waitForLoadState('networkidle').catch(() => {});
  await page.waitForTimeout(1000);
}
console.log('open ' + n);
process.stdin.resume();
process.stdin.on('end', async () => { await browser.close(); process.exit(0); });
