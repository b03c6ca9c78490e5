import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { urgentAction } from './support/cases';
import { collectCspViolations } from './support/cspViolations';
import { ownGroupServerForThisFile } from './support/ownServer';
import { DELIVERY_SERVER_PORT } from './support/ports';

// A server of its own: a phone is removed, and the group's totals must be this story's alone.
const MEMBER_CODE = 'FILE-MEMBER-CODE-1';
const COORDINATOR_CODE = 'FILE-COORDINATOR-CODE-1';

const server = ownGroupServerForThisFile(DELIVERY_SERVER_PORT, {
  member: MEMBER_CODE,
  coordinator: COORDINATOR_CODE,
});

function groupTotal(page: Page) {
  return page.getByRole('heading', { name: "Your group's total" }).locator('..');
}

test('a removed phone saves its report to a file, the coordinator delivers it, and the group counts it once', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const phone = await server.joinAs(browser, MEMBER_CODE, 'Stall phone 2');
  const coordinator = await server.joinAs(browser, COORDINATOR_CODE, 'Coordinator laptop');
  const violations = collectCspViolations(coordinator.page);

  // At the stall, with no signal: 3 letters are saved on the phone.
  await phone.context.setOffline(true);
  await phone.page.goto(urgentAction.path);
  const more = phone.page.getByRole('button', { name: 'Letters: one more' });
  for (let i = 0; i < 3; i += 1) await more.click();
  await phone.page.getByRole('button', { name: 'Save report' }).click();
  await expect(phone.page.getByText(/^Saved on this phone\. It goes to your group/)).toBeVisible();

  // The coordinator removes the phone before it ever delivers.
  await coordinator.page.goto('/group/devices');
  coordinator.page.once('dialog', (dialog) => void dialog.accept());
  await coordinator.page
    .getByRole('button', { name: 'Remove Stall phone 2 from the group' })
    .click();
  await expect(
    coordinator.page.getByText('Stall phone 2 was removed from the group.'),
  ).toBeVisible();

  // Back online, the phone learns it was removed; the file is the one thing left to do.
  await phone.context.setOffline(false);
  await phone.page.getByRole('link', { name: /^Activity/ }).click();
  await phone.page.getByRole('button', { name: 'Sync now' }).click();
  await expect(
    phone.page.getByRole('alert').filter({ hasText: 'This phone was removed from the group' }),
  ).toBeVisible({ timeout: 20_000 });
  const save = phone.page.getByRole('region', { name: 'Save what has not been delivered' });
  await expect(
    save.getByText(/^Saving the file does not deliver anything: the records stay on this phone/),
  ).toBeVisible();
  const download = phone.page.waitForEvent('download');
  await save.getByRole('button', { name: 'Save 1 record to a file' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(/^carta-undelivered-\d{4}-\d{2}-\d{2}\.json$/);
  const filePath = await saved.path();
  await expect(
    save.getByText(/is saved, with 1 record\. Give it to your coordinator\.$/),
  ).toBeVisible();
  const waiting = phone.page.getByRole('region', { name: 'Waiting on this phone' });
  await expect(waiting.getByText(/UA 105\.22: 3 letters on/)).toBeVisible();
  expect(await axeViolations(new AxeBuilder({ page: phone.page })), 'removed phone').toEqual([]);

  // The coordinator delivers the file from the coordinator area.
  const page = coordinator.page;
  await page.goto('/group');
  await page.getByRole('link', { name: 'Deliver a file from a phone' }).click();
  await page.getByLabel('File from the phone').setInputFiles(filePath);
  const contents = page.getByRole('region', { name: 'What the file holds' });
  await expect(contents.getByText(/^Saved on Stall phone 2, /)).toBeVisible();
  await expect(contents.getByText(/^UA 105\.22 · .+: 1 report$/)).toBeVisible();
  await contents.getByRole('button', { name: 'Deliver 1 record' }).click();
  const result = page.getByRole('region', { name: 'What the server did' });
  await expect(result.getByText('1 record stored now')).toBeVisible();
  expect(await axeViolations(new AxeBuilder({ page })), 'delivery result').toEqual([]);

  // Delivered twice by mistake: nothing counts twice.
  await page.getByLabel('File from the phone').setInputFiles(filePath);
  await contents.getByRole('button', { name: 'Deliver 1 record' }).click();
  await expect(result.getByText('1 record already delivered before, counted once')).toBeVisible();
  await expect(result.getByText('0 records stored now')).toBeVisible();

  await page.goto(urgentAction.path);
  await page.getByRole('link', { name: /^Activity/ }).click();
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByText('Up to date with your group.')).toBeVisible();
  await page.goto(urgentAction.path);
  await expect(groupTotal(page).getByText('3 letters', { exact: true })).toBeVisible();

  // The phone joins again: its own copy of the report is answered as already delivered.
  await phone.page.goto('/settings');
  await phone.page.getByLabel('Join code').fill(MEMBER_CODE);
  await phone.page.getByLabel('Name for this phone').fill('Stall phone 2');
  await phone.page.getByRole('button', { name: /^Join/ }).click();
  await phone.page.getByRole('link', { name: /^Activity/ }).click();
  await expect(
    phone.page.getByRole('region', { name: 'Delivered' }).getByText(/UA 105\.22: 3 letters on/),
  ).toBeVisible({ timeout: 20_000 });
  await expect(
    phone.page.getByRole('region', { name: 'Save what has not been delivered' }),
  ).toHaveCount(0);
  await phone.page.goto(urgentAction.path);
  await expect(groupTotal(phone.page).getByText('3 letters', { exact: true })).toBeVisible();

  expect(violations).toEqual([]);
  await phone.context.close();
  await coordinator.context.close();
});
