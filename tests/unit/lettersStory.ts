import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { CartaDatabase } from '../../src/db/database';
import type { Profile } from '../../src/db/rows';

/** The member of every letter story: a British supporter writing to Peru. */
export const ana: Profile = {
  id: 'me',
  name: 'Ana Pérez',
  address: '12 High Street\nSutton Coldfield',
  postcode: 'B72 1AA',
  email: 'ana@example.org',
  updatedAt: '2026-11-01T09:00:00.000Z',
};

export const president = 'Dina Ercilia Boluarte Zegarra';
export const ambassador = 'Oswaldo de Rivero';

export async function saveAnasDetails(database: CartaDatabase): Promise<void> {
  await database.profile.put(ana);
}

/** From the UA 105.22 page: "Write a letter", keep the defaults, "Start writing". */
export async function startLetterFromCase(user: UserEvent, labels = EN): Promise<void> {
  await user.click(await screen.findByRole('link', { name: labels.write }));
  await screen.findByRole('heading', { level: 1, name: labels.write });
  await user.click(screen.getByRole('button', { name: labels.start }));
}

export const EN = { write: 'Write a letter', start: 'Start writing' };
export const ES = { write: 'Escribir una carta', start: 'Empezar a escribir' };

export function field(name: string | RegExp): HTMLInputElement | HTMLTextAreaElement {
  return screen.getByRole('textbox', { name }) as HTMLInputElement | HTMLTextAreaElement;
}
