import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import decodeQR from 'qr/decode.js';
import { axeViolations } from './support/axe';
import { urgentAction } from './support/cases';
import { collectCspViolations } from './support/cspViolations';
import { ownGroupServerForThisFile } from './support/ownServer';
import { GROUP_SERVER_PORT } from './support/ports';
import { screenshotPath } from './support/screenshotPath';

// A server of its own: the figures over time must be this story's alone, and its member code is
// replaced halfway through, which would lock every other test out of the shared server.
const MEMBER_CODE = 'RUN-MEMBER-CODE-1';
const COORDINATOR_CODE = 'RUN-COORDINATOR-CODE-1';

const server = ownGroupServerForThisFile(GROUP_SERVER_PORT, {
  member: MEMBER_CODE,
  coordinator: COORDINATOR_CODE,
});

function daysAgo(days: number): string {
  const date = new Date(Date.now() - days * 86_400_000);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** One report from the case page: so many of each action, on a given day. */
async function report(page: Page, day: string, counts: Record<string, number>) {
  await page.getByLabel('Date of the actions').fill(day);
  for (const [type, times] of Object.entries(counts)) {
    const more = page.getByRole('button', { name: `${type}: one more` });
    for (let i = 0; i < times; i += 1) await more.click();
  }
  await page.getByRole('button', { name: 'Save report' }).click();
  await expect(page.getByText(/^Saved on this phone\. It goes to your group/)).toBeVisible();
}

async function openArea(page: Page, section: string) {
  await page.goto('/group');
  await page.getByRole('link', { name: section }).click();
  await expect(page.getByRole('heading', { level: 1, name: section })).toBeVisible();
}

test('the coordinator sees the weeks of actions, reports them, removes a phone and prints a new join sheet', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const member = await server.joinAs(browser, MEMBER_CODE, "Ana's phone", {
    viewport: { width: 390, height: 844 },
  });
  await member.page.goto(urgentAction.path);
  await report(member.page, daysAgo(21), { Letters: 3 });
  await report(member.page, daysAgo(14), { Emails: 2 });
  await report(member.page, daysAgo(3), { Letters: 1, Calls: 1 });
  await member.page.getByRole('link', { name: /^Activity/ }).click();
  await expect(
    member.page.getByRole('region', { name: 'Delivered' }).getByText(/^Delivered \d/),
  ).toHaveCount(3, { timeout: 20_000 });

  const coordinator = await server.joinAs(browser, COORDINATOR_CODE, 'Coordinator laptop', {
    viewport: {
      width: 1280,
      height: 900,
    },
  });
  const page = coordinator.page;
  // The chart draws on a canvas and the QR code is SVG: neither may need an inline style or eval.
  const violations = collectCspViolations(page);
  await coordinator.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/settings');
  await page.getByRole('link', { name: 'Open the coordinator area' }).click();
  await page.getByRole('link', { name: 'Actions over time' }).click();

  // The table under the chart holds the same figures the member reported, week by week.
  const table = page.getByRole('table', { name: /^Actions per week/ });
  await expect(table).toBeVisible({ timeout: 20_000 });
  await expect(
    page.getByRole('img', { name: /^Chart of the group's actions per week/ }),
  ).toBeVisible();
  const totals = table.locator('tfoot tr');
  await expect(totals.getByRole('cell')).toHaveText(['4', '2', '1', '7']);
  await page.screenshot({ path: screenshotPath('coordinator-activity.png'), fullPage: true });

  // The Spanish report for the section office, copied as a coordinator would paste it.
  await page.getByRole('radio', { name: 'Español' }).check();
  const reportBox = page.getByRole('textbox', { name: 'Report' });
  await expect(reportBox).toHaveValue(
    /AU 105\/22 · .+: 4 cartas, 2 correos electrónicos y 1 llamada/,
  );
  await expect(reportBox).toHaveValue(/7 acciones en total\./);
  await page.getByRole('button', { name: 'Copy the report' }).click();
  await expect(page.getByText('Copied. Paste it into your message.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await reportBox.inputValue());

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the figures (CSV)' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8')
    .trim()
    .split('\r\n');
  expect(csv[0]).toBe('period_start,case_id,case,action,count');
  const sum = (action: string) =>
    csv
      .slice(1)
      .map((line) => line.split(','))
      .filter((cells) => cells.at(-2) === action)
      .reduce((total, cells) => total + Number(cells.at(-1)), 0);
  expect([sum('letter'), sum('email'), sum('call')]).toEqual([4, 2, 1]);

  // Ana's phone is lost: the coordinator removes it, and the phone stops being answered.
  await openArea(page, 'Phones');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: "Remove Ana's phone from the group" }).click();
  await expect(page.getByText("Ana's phone was removed from the group.")).toBeVisible();

  await member.page.goto(urgentAction.path);
  await report(member.page, daysAgo(1), { Letters: 2 });
  await member.page.getByRole('link', { name: /^Activity/ }).click();
  await expect(
    member.page.getByRole('alert').filter({ hasText: 'This phone was removed from the group' }),
  ).toBeVisible({ timeout: 20_000 });
  const waiting = member.page.getByRole('region', { name: 'Waiting on this phone' });
  await expect(waiting.getByText(/UA 105\.22: 2 letters on/)).toBeVisible();

  // A new member code for the next meeting: the old one stops, the sheet's QR code opens the new.
  await openArea(page, 'Join codes');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Make a new member code' }).click();
  const code = (await page.locator('.new-code .join-code').first().textContent())?.trim() ?? '';
  expect(code.length).toBeGreaterThanOrEqual(8);
  const sheet = page.getByRole('region', { name: /^Join .+ on Carta$/ });
  await expect(sheet.getByText(code, { exact: true })).toBeVisible();
  const qr = sheet.getByRole('img', { name: 'QR code of the link to join the group' });
  const png = PNG.sync.read(await qr.screenshot());
  expect(decodeQR({ width: png.width, height: png.height, data: png.data })).toBe(
    `${server.origin}/join#code=${encodeURIComponent(code)}`,
  );
  await sheet.screenshot({ path: screenshotPath('join-sheet.png') });
  const oldCode = await page.request.post(`${server.origin}/api/v1/join`, {
    data: { code: MEMBER_CODE, deviceName: 'Too late' },
  });
  expect(oldCode.status()).toBeGreaterThanOrEqual(400);

  // Ana joins again with the new code, and the report that waited on her phone reaches the group.
  await member.page.goto('/settings');
  await member.page.getByLabel('Join code').fill(code);
  await member.page.getByLabel('Name for this phone').fill("Ana's phone");
  await member.page.getByRole('button', { name: /^Join/ }).click();
  await member.page.getByRole('link', { name: /^Activity/ }).click();
  await expect(
    member.page.getByRole('region', { name: 'Delivered' }).getByText(/UA 105\.22: 2 letters on/),
  ).toBeVisible({ timeout: 20_000 });

  // Every screen of the coordinator area, in both languages, with nothing for axe to report.
  for (const language of ['en', 'es'] as const) {
    await page.evaluate((value) => localStorage.setItem('carta.language', value), language);
    for (const path of [
      '/group',
      '/group/activity',
      '/group/devices',
      '/group/deliver',
      '/group/codes',
      '/group/signups',
    ]) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      if (path === '/group/activity') await expect(page.getByRole('table').first()).toBeVisible();
      if (path === '/group/devices') await expect(page.getByRole('listitem').first()).toBeVisible();
      expect(await axeViolations(new AxeBuilder({ page })), `${language} ${path}`).toEqual([]);
    }
  }

  expect(violations).toEqual([]);
  await member.context.close();
  await coordinator.context.close();
});
