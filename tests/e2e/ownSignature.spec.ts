import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { ownGroupServerForThisFile } from './support/ownServer';
import { SIGNATURE_SERVER_PORT } from './support/ports';

// A server of its own: this story gives the group a key and a new name, which would change what
// every other story's phones are told.
const MEMBER_CODE = 'SIGN-MEMBER-CODE-1';
const COORDINATOR_CODE = 'SIGN-COORDINATOR-CODE-1';
const PASSPHRASE = 'juliaca lantern seven rivers';
const SIGN_PAGE = '/cases/peru-repression-petition/sign';
const GROUP_NAME = 'Amnistía Internacional Sutton';

const server = ownGroupServerForThisFile(SIGNATURE_SERVER_PORT, {
  member: MEMBER_CODE,
  coordinator: COORDINATOR_CODE,
});

/** Every button, link, input and checkbox on the page that is smaller than a thumb. */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('main a, main button, main input, main label'))
      .filter((element) => {
        const box = element.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) return false;
        // A checkbox's whole label is its target.
        if (element instanceof HTMLInputElement && element.type === 'checkbox') return false;
        if (element instanceof HTMLLabelElement && !element.querySelector('input')) return false;
        return box.height < 44;
      })
      .map((element) => `${element.tagName.toLowerCase()} "${element.textContent?.trim()}"`),
  );
}

test('the coordinator names the group and a member signs its petition on their own phone, offline, then delivers it', async ({
  browser,
}) => {
  test.setTimeout(180_000);

  // The coordinator gives the group its own name, and a key to seal signatures to.
  const coordinator = await server.joinAs(browser, COORDINATOR_CODE, 'Coordinator laptop');
  const area = coordinator.page;
  await expect(area.getByText('You joined Carta group.')).toBeVisible();
  await area.goto('/group');
  const nameSection = area.getByRole('region', { name: "The group's name" });
  await nameSection.getByLabel('Name').fill(GROUP_NAME);
  await nameSection.getByRole('button', { name: 'Save the name' }).click();
  await expect(
    nameSection.getByText(`The group is now called “${GROUP_NAME}”.`, { exact: false }),
  ).toBeVisible();
  expect(await axeViolations(new AxeBuilder({ page: area }))).toEqual([]);

  await area.getByRole('link', { name: 'Group key and sign-ups' }).click();
  const keySection = area.getByRole('region', { name: 'The group key' });
  const create = keySection.getByRole('region', { name: 'Create the group key' });
  await create.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await create.getByLabel('Passphrase again').fill(PASSPHRASE);
  await create.getByRole('button', { name: 'Create the key' }).click();
  await expect(keySection.getByText(/The key is created/)).toBeVisible({ timeout: 30_000 });
  await keySection.getByRole('button', { name: 'Send the public key to the server' }).click();
  await expect(keySection.getByText(/The server has the key/).first()).toBeVisible();

  // A member whose phone reads Spanish joins, and is told the group's name as a name.
  const member = await server.joinAs(browser, MEMBER_CODE, 'Teléfono de Ana', { locale: 'es-ES' });
  const page = member.page;
  await expect(page.getByText(`Se ha unido al grupo «${GROUP_NAME}».`)).toBeVisible();

  await page.goto(SIGN_PAGE);
  await expect(page.getByRole('heading', { level: 1, name: 'Firme la petición' })).toBeVisible();
  await expect(
    page.getByText(`solo los lee la coordinación de ${GROUP_NAME}`, { exact: false }),
  ).toBeVisible();
  expect(await axeViolations(new AxeBuilder({ page }))).toEqual([]);
  expect(await smallTargets(page)).toEqual([]);

  // On the bus, with no signal.
  await member.context.setOffline(true);
  await page.getByLabel('Nombre y apellidos', { exact: true }).fill('Ana Mamani');
  await page
    .getByLabel('Correo electrónico', { exact: true })
    .fill('ana.mamani.owntest@example.org');
  await page.getByRole('checkbox', { name: /^Firmo esta petición/ }).check();
  await page.getByRole('button', { name: 'Firmar', exact: true }).click();
  await expect(
    page.getByText(
      'Su firma está guardada en este teléfono. Llegará a su grupo en cuanto haya conexión.',
    ),
  ).toBeVisible();
  expect(await axeViolations(new AxeBuilder({ page }))).toEqual([]);
  // Sealed the moment it was saved: the phone holds nothing of it that a person could read.
  const stored = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('carta');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const rows = await new Promise<unknown[]>((resolve) => {
      const request = db.transaction('outbox').objectStore('outbox').getAll();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return JSON.stringify(rows);
  });
  expect(stored).toContain('peru-repression-petition');
  expect(stored).not.toContain('owntest');

  await member.context.setOffline(false);
  await page.getByRole('link', { name: 'Verla en Actividad' }).click();
  await page.getByRole('button', { name: 'Sincronizar ahora' }).click();
  const delivered = page.getByRole('region', { name: 'Entregado' });
  await expect(delivered.getByText(/su firma en la petición/)).toBeVisible();
  expect(await axeViolations(new AxeBuilder({ page }))).toEqual([]);

  await page.goto(SIGN_PAGE);
  await expect(page.getByText('Su firma se ha entregado a su grupo.')).toBeVisible();

  await member.context.close();
  await coordinator.context.close();
});
