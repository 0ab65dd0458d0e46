import { launchBrowser, openTeams } from './test/e2e/harness/index.js';
const url = process.argv[2]!;
const msgs = process.argv.slice(3);
const browser = await launchBrowser();
const page = await openTeams(browser, url);
await page.waitForBotText(/Dobrý den/u);
await page.closeLogPanel();
let i = 0;
for (const m of msgs) {
  const before = await page.botMessageCount();
  if (m.startsWith('click:')) await page.clickCardButton(m.slice(6));
  else await page.send(m);
  try { await page.waitForBotText(/./u, { since: before, timeout: 30_000 }); } catch { console.log('no reply to', m); }
  await new Promise((r) => setTimeout(r, 1500));
  console.log('>>', m, '\n', (await page.lastBotMessage()).slice(0, 600));
  await page.screenshot(`ux-${++i}`);
}
await page.close(); await browser.close();
