import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import decodeQR from 'qr/decode.js';
import { urgentAction } from './support/cases';
import { waitForServiceWorkerControl } from './support/serviceWorker';

test('a passer-by scans the QR code of UA 105.22, reads it in Spanish and writes the appeal offline without joining', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await page.goto(urgentAction.path);
  await page.getByRole('button', { name: 'Show QR code' }).click();
  const qr = page.getByRole('img', { name: `QR code that opens ${urgentAction.title.en}` });
  const png = PNG.sync.read(await qr.screenshot());
  const link = decodeQR({ width: png.width, height: png.height, data: png.data });
  expect(link).toBe(`${baseURL}${urgentAction.path}`);

  const passerBy = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'es-ES',
  });
  const phone = await passerBy.newPage();
  const sent: string[] = [];
  phone.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === new URL(link).origin) sent.push(`${request.method()} ${url.pathname}`);
  });
  await phone.goto(link);
  await waitForServiceWorkerControl(phone);
  await expect(phone.getByRole('heading', { level: 1, name: urgentAction.title.es })).toBeVisible();

  await passerBy.setOffline(true);
  await phone.reload();
  await phone.getByRole('link', { name: 'Escribir una carta' }).click();
  await phone.getByRole('button', { name: 'Empezar a escribir' }).click();
  await phone.getByRole('textbox', { name: 'Nombre y apellidos' }).fill('Lucía Quispe');
  await phone.getByRole('textbox', { name: 'Dirección postal' }).fill('Calle Mayor 3, Madrid');
  await phone.getByRole('button', { name: 'Guardar y empezar a escribir' }).click();
  await expect(phone.getByRole('textbox', { name: 'Carta', exact: true })).toHaveValue(
    /Lucía Quispe/,
  );

  // What the passer-by's phone asked of the group's server: the app's files and nothing else.
  expect(sent.filter((request) => !request.startsWith('GET '))).toEqual([]);
  expect(
    sent.filter((request) => request.includes('/api/') && !request.includes('/api/v1/public/')),
  ).toEqual([]);
  await passerBy.close();
});
