import { expect, test, type Page } from '@playwright/test';
import { TEST_COORDINATOR_CODE, TEST_JOIN_CODE } from './support/groupCodes';
import { screenshotPath } from './support/screenshotPath';
import { waitForServiceWorkerControl } from './support/serviceWorker';

async function join(page: Page, code: string, deviceName: string) {
  await page.goto(`/join#code=${code}`);
  await waitForServiceWorkerControl(page);
  await page.getByLabel('Name for this phone').fill(deviceName);
  await page.getByRole('button', { name: 'Join group' }).click();
  await expect(page.getByText(/^You joined /)).toBeVisible();
}

function bilingual(page: Page, name: string | RegExp, nth = 0) {
  return page.getByRole('group', { name }).nth(nth);
}

async function fillBoth(page: Page, name: string | RegExp, en: string, es: string, nth = 0) {
  await bilingual(page, name, nth).getByLabel('English').fill(en);
  await bilingual(page, name, nth).getByLabel('Spanish').fill(es);
}

/** From the coordinator's list of group cases to the editor of a published one. */
async function editPublishedCase(page: Page, title: string) {
  await page.goto('/group/cases');
  await page.getByRole('button', { name: `Edit ${title}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit case' })).toBeVisible();
}

test.describe('the group writes its own Urgent Action', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('the coordinator writes it offline, fixes what is missing, publishes online; a member finds it offline', async ({
    page,
    browser,
  }) => {
    test.setTimeout(180_000);
    await join(page, TEST_COORDINATOR_CODE, 'Coordinator laptop');
    await page.goto('/group/cases');
    await page.getByRole('button', { name: 'New case' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New case' })).toBeVisible();
    await page.context().setOffline(true);

    await page.getByLabel('Short name in web addresses').fill('ua-151-26');
    await fillBoth(page, /^Reference/, 'UA 151.26', 'AU 151/26');
    await page.getByLabel('Country').fill('PE');
    // About six weeks out, as a real Urgent Action's deadline is.
    const deadline = new Date(Date.now() + 42 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel(/^Deadline/).fill(deadline);
    await fillBoth(
      page,
      'Title',
      'Juliaca: protect the witnesses',
      'Juliaca: protejan a los testigos',
    );
    await fillBoth(page, 'Summary', 'Witnesses are threatened.', 'Los testigos reciben amenazas.');
    await fillBoth(page, /^Background/, 'First.\n\nSecond.', 'Primero.\n\nSegundo.');
    for (const [index, who] of [
      [0, 'Attorney General'],
      [1, 'Minister of the Interior'],
    ] as const) {
      if (index === 1) await page.getByRole('button', { name: 'Add a target' }).click();
      const target = page.getByRole('group', { name: `Target ${index + 1}`, exact: true });
      await target.getByRole('group', { name: 'Name' }).getByLabel('English').fill(who);
      await target.getByRole('group', { name: 'Name' }).getByLabel('Spanish').fill(who);
      await target.getByRole('group', { name: 'Role' }).getByLabel('English').fill(who);
      await target.getByRole('group', { name: 'Role' }).getByLabel('Spanish').fill(who);
      const salutation = target.getByRole('group', { name: /^Salutation/ });
      await salutation.getByLabel('English').fill(`Dear ${who}`);
      await salutation.getByLabel('Spanish').fill('Señor:');
      await target.getByLabel(/^Email/).fill(`target${index}@example.org`);
    }
    await bilingual(page, 'Subject').getByLabel('English').fill('Protect the witnesses');
    await fillBoth(
      page,
      'Letter',
      '{{salutation}}\n\nPlease protect them.\n\n{{closing}}\n{{senderName}}',
      '{{salutation}}\n\nLe ruego que los proteja.\n\n{{closing}}\n{{senderName}}',
    );
    const source = page.getByRole('group', { name: 'Source 1' });
    await source.getByLabel('Title').fill('Urgent Action 151/26');
    await source.getByLabel('Publisher').fill('Amnesty International');

    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    const fix = page.getByRole('link', {
      name: 'Sample letter · Spanish · Subject: Fill this in.',
    });
    await expect(fix).toBeVisible();
    await page.screenshot({ path: screenshotPath('case-editor-problems.png') });
    await fix.click();
    const subjectEs = bilingual(page, 'Subject').getByLabel('Spanish');
    await expect(subjectEs).toBeFocused();
    await subjectEs.fill('Protejan a los testigos');
    await bilingual(page, 'Title').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('case-editor-side-by-side.png') });

    await page.getByRole('button', { name: 'Preview in Spanish' }).click();
    const preview = page.getByRole('region', {
      name: 'Preview in Spanish, as members will see it',
    });
    await expect(
      preview.getByRole('heading', { name: 'Juliaca: protejan a los testigos' }),
    ).toBeVisible();
    await expect(preview.getByText('Le ruego que los proteja.')).toBeVisible();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();

    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await expect(page.getByText(/^Publishing needs a connection/)).toBeVisible();
    await page.context().setOffline(false);
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await expect(page.getByText(/Published as version 1/)).toBeVisible();

    const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const phone = await phoneContext.newPage();
    await join(phone, TEST_JOIN_CODE, 'Member phone');
    await phone.goto('/');
    await expect(phone.getByRole('link', { name: 'Juliaca: protect the witnesses' })).toBeVisible();
    await phoneContext.setOffline(true);
    await phone.reload();
    await phone.getByRole('searchbox').fill('AU 151');
    await phone.getByRole('link', { name: 'Juliaca: protect the witnesses' }).click();
    await expect(
      phone.getByRole('heading', { level: 1, name: 'Juliaca: protect the witnesses' }),
    ).toBeVisible();

    // Still offline, the member writes the Spanish appeal from the new case.
    await phone.getByRole('link', { name: 'Write a letter' }).click();
    await phone.getByRole('radio', { name: 'Español' }).check();
    await phone.getByRole('button', { name: 'Start writing' }).click();
    await phone.getByRole('textbox', { name: 'Full name' }).fill('Ana Pérez');
    await phone.getByRole('textbox', { name: 'Postal address' }).fill('12 High Street, Sutton');
    await phone.getByRole('button', { name: 'Save and start writing' }).click();
    await expect(
      phone.getByRole('heading', { level: 1, name: 'Letter to Attorney General' }),
    ).toBeVisible();
    await expect(phone.getByRole('textbox', { name: 'Letter', exact: true })).toHaveValue(
      /Le ruego que los proteja\./,
    );
    const ownParagraph = 'Escribo desde Sutton: ¡ánimo a los testigos!';
    await phone.getByRole('textbox', { name: 'Your own paragraph (optional)' }).fill(ownParagraph);
    await expect(phone.getByText('Saved on this phone')).toBeVisible();

    // The coordinator adds a dated update in both languages and publishes it as version 2.
    await editPublishedCase(page, 'Juliaca: protect the witnesses');
    await page.getByRole('button', { name: 'Add an update' }).click();
    const update = page.getByRole('group', { name: 'Update 1', exact: true });
    await update
      .getByRole('group', { name: 'Headline' })
      .getByLabel('English')
      .fill('Two witnesses moved to safety');
    await update
      .getByRole('group', { name: 'Headline' })
      .getByLabel('Spanish')
      .fill('Dos testigos, a salvo');
    await update
      .getByRole('group', { name: 'What happened' })
      .getByLabel('English')
      .fill('Keep writing: the others are still threatened.');
    await update
      .getByRole('group', { name: 'What happened' })
      .getByLabel('Spanish')
      .fill('Sigan escribiendo: los demás siguen amenazados.');
    await page.getByRole('button', { name: 'Publish the changes' }).click();
    await expect(page.getByText(/Published as version 2/)).toBeVisible();

    // Back online, the phone syncs and marks the case until the member opens it.
    await phoneContext.setOffline(false);
    await phone.goto('/');
    const card = phone
      .getByRole('listitem')
      .filter({ has: phone.getByRole('link', { name: 'Juliaca: protect the witnesses' }) });
    await expect(card.getByText('Updated', { exact: true })).toBeVisible({ timeout: 20_000 });
    await phone.screenshot({ path: screenshotPath('member-case-updated.png') });
    await card.getByRole('link').click();
    await expect(phone.getByText('Two witnesses moved to safety')).toBeVisible();
    await phone.goBack();
    await expect(card.getByText('Updated', { exact: true })).toHaveCount(0);

    // The coordinator closes the case with its outcome.
    await editPublishedCase(page, 'Juliaca: protect the witnesses');
    await page.getByRole('radio', { name: 'Closed' }).check();
    await fillBoth(
      page,
      /^Outcome/,
      'The witnesses are under protection.',
      'Los testigos están bajo protección.',
    );
    await page.getByRole('button', { name: 'Publish the changes' }).click();
    await expect(page.getByText(/Published as version 3/)).toBeVisible();

    // The phone moves the case to "Earlier cases" on its next sync, and the letter is untouched.
    await phone.reload();
    const earlier = phone.getByRole('region', { name: 'Earlier cases' });
    await expect(earlier.getByRole('link', { name: 'Juliaca: protect the witnesses' })).toBeVisible(
      { timeout: 20_000 },
    );
    await expect(earlier.getByText('The witnesses are under protection.')).toBeVisible();
    await earlier.scrollIntoViewIfNeeded();
    await phone.screenshot({ path: screenshotPath('member-earlier-cases.png') });
    await phoneContext.setOffline(true);
    await phone.getByRole('link', { name: 'Letters', exact: true }).click();
    await phone
      .getByRole('link', { name: /Attorney General/ })
      .first()
      .click();
    await expect(phone.getByRole('textbox', { name: 'Your own paragraph (optional)' })).toHaveValue(
      ownParagraph,
    );
    await expect(phone.getByText(/^The group changed this case since you started/)).toContainText(
      'its status',
    );
    await phoneContext.close();
  });
});
