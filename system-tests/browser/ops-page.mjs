// The ops page as a person uses it, in Debian's chromium: opening /ops leads to the OIDC provider's login, the
// person signs in, lands back on the page under their name, approves one task with its form, and signs out. Then
// a page of another site posts the form of a second task, which must change nothing (OpsPageIT checks that).
// On the way it opens a cancelled order's page and follows the links of its filed documents with the page's own
// session. Prints one "name: value" line per observation; screenshots go to the given folder.
//
//   node ops-page.mjs <ops url> <username> <password> <screenshot dir> <task to approve> <task to attack> <order>
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [opsUrl, username, password, shots, approveTask, attackedTask, dossierOrder] = process.argv.slice(2);
fs.mkdirSync(shots, { recursive: true });
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ops-page-browser-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 900 },
});
const say = (name, value) => console.log(`${name}: ${value}`);
try {
  const page = context.pages()[0] ?? await context.newPage();
  await page.goto(opsUrl);
  await page.waitForSelector('#username', { timeout: 30000 });
  say('login-page', new URL(page.url()).origin + new URL(page.url()).pathname);
  await page.screenshot({ path: path.join(shots, '01-login.png') });

  await page.fill('#username', username);
  await page.fill('#password', password);
  await Promise.all([page.waitForURL(url => url.toString().startsWith(opsUrl), { timeout: 30000 }),
    page.click('#kc-login')]);
  await page.waitForSelector('#signed-in');
  say('signed-in-as', await page.textContent('#signed-in'));
  await page.screenshot({ path: path.join(shots, '02-signed-in.png'), fullPage: true });

  const row = page.locator(`#task-${approveTask}`);
  await row.locator('input[name=reason]').fill('checked in the browser');
  await Promise.all([page.waitForSelector('.notice'), row.locator('button[value=approve]').click()]);
  say('notice', (await page.textContent('.notice')).trim());
  await page.screenshot({ path: path.join(shots, '03-approved.png'), fullPage: true });

  // the dossier's links, followed as the person's browser would: same session, no token of their own
  await page.goto(`${opsUrl}/orders/${dossierOrder}`);
  await page.waitForSelector('#documents');
  await page.screenshot({ path: path.join(shots, '04-dossier.png'), fullPage: true });
  for (const link of await page.locator('a.document').all()) {
    const answer = await page.request.get(new URL(await link.getAttribute('href'), opsUrl).toString());
    const head = (await answer.body()).subarray(0, 4).toString('latin1');
    say(`document-${await link.getAttribute('data-kind')}`, `${answer.status()} ${answer.headers()['content-type']} ${head}`);
  }
  const archive = await page.request.get(new URL(await page.getAttribute('#dossier-archive', 'href'), opsUrl).toString());
  say('dossier-archive', `${archive.status()} ${archive.headers()['content-type']}`);
  await page.goto(opsUrl);

  // another site's page, in the same browser with the same cookies, posting the ops form without its token
  const base = new URL(opsUrl);
  const attacker = await context.newPage();
  let attackStatus = 'none';
  attacker.on('response', response => {
    if (response.url().includes(`/ops/approvals/${attackedTask}`)) attackStatus = response.status();
  });
  await attacker.setContent(`<form id="f" method="post" action="${base.origin}/ops/approvals/${attackedTask}">
    <input name="decision" value="approve"></form>`);
  await Promise.all([attacker.waitForLoadState('load'), attacker.evaluate(() => document.getElementById('f').submit())]);
  await attacker.waitForTimeout(1000);
  say('cross-site-post-status', attackStatus);
  await attacker.screenshot({ path: path.join(shots, '05-cross-site-post.png') });

  await page.click('text=Sign out');
  await page.waitForLoadState('load');
  say('after-sign-out', new URL(page.url()).pathname);
  await page.goto(opsUrl);
  await page.waitForSelector('#username', { timeout: 30000 });
  say('after-sign-out-ops-asks-login', 'yes');
  await page.screenshot({ path: path.join(shots, '06-signed-out.png') });
} finally {
  await context.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
