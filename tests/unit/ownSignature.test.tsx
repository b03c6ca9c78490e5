import { render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../src/app/i18n';
import { bundledCases } from '../../src/content/bundledCases';
import { CartaDatabase } from '../../src/db/database';
import type { Case } from '../../src/domain/case';
import { OWN_PHONE_SESSION_ID } from '../../src/domain/ownSignature';
import { createGroupKeyPair, openSignup, type GroupKeyPair } from '../../src/domain/signupSealing';
import { CONSENT_TEXT_VERSION } from '../../src/domain/stallConsent';
import type { SignUpData } from '../../src/domain/syncProtocol';
import { SignPetitionLink } from '../../src/features/stall';
import { DatabaseProvider } from '../../src/ui/DatabaseContext';
import { groupServerStandIn } from './groupServerStandIn';
import { renderApp } from './renderApp';
import { joinedGroup } from './groupMembership';

const PETITION = 'peru-repression-petition';
const PETITION_TITLE = 'Stand with the victims of repression in Peru';
const SIGN_PAGE = `/cases/${PETITION}/sign`;

let pair: GroupKeyPair;

beforeAll(async () => {
  pair = await createGroupKeyPair();
});

async function joinGroup(database: CartaDatabase, withKey = true) {
  await database.group.put(
    joinedGroup({
      publicKey: withKey ? pair.publicKeySpki : null,
      publicKeyId: withKey ? pair.keyId : null,
      role: 'member',
      contact: 'sutton@example.org',
      signupRetentionDays: 90,
    }),
  );
}

async function fillProfile(database: CartaDatabase) {
  await database.profile.put({
    id: 'me',
    name: 'Ana Mamani',
    address: '12 High Street\nSutton Coldfield',
    postcode: 'B72 1AA',
    email: 'ana@example.org',
    updatedAt: '2026-11-01T10:00:00.000Z',
  });
}

function ownSignatures(database: CartaDatabase) {
  return database.outbox.where('type').equals('sign-up').toArray();
}

describe('a member signing a petition on their own phone', () => {
  it(
    'starts from their profile with both choices unticked, seals the signature, and follows it to delivered',
    { timeout: 30_000 },
    async () => {
      const server = groupServerStandIn();
      const { database, user, location, sync } = await renderApp({
        path: SIGN_PAGE,
        language: 'en',
      });
      await fillProfile(database);
      await joinGroup(database);

      expect(
        await screen.findByRole(
          'heading',
          { level: 1, name: 'Sign the petition' },
          { timeout: 4000 },
        ),
      ).toBeTruthy();
      expect(screen.getByText(PETITION_TITLE)).toBeTruthy();
      const name = (await screen.findByLabelText('Your name')) as HTMLInputElement;
      expect(name.value).toBe('Ana Mamani');
      expect((screen.getByLabelText('Email address') as HTMLInputElement).value).toBe(
        'ana@example.org',
      );
      expect((screen.getByLabelText(/^Postcode/) as HTMLInputElement).value).toBe('B72 1AA');
      const petition = screen.getByRole('checkbox', { name: /^I sign this petition/ });
      const updates = screen.getByRole('checkbox', { name: /^Keep me informed by email/ });
      expect((petition as HTMLInputElement).checked).toBe(false);
      expect((updates as HTMLInputElement).checked).toBe(false);
      // The kiosk's privacy notice, with the group's own settings.
      expect(
        screen.getByText(/read only by the coordinator of Sutton Coldfield group/),
      ).toBeTruthy();
      expect(screen.getByText(/deletes your details 90 days after you sign/)).toBeTruthy();
      expect(screen.getByText(/contact the group at sutton@example.org/)).toBeTruthy();

      // Editable: the member signs under another address than the profile's.
      await user.clear(screen.getByLabelText('Email address'));
      await user.type(screen.getByLabelText('Email address'), 'ana.mamani@example.org');
      await user.click(screen.getByRole('button', { name: 'Sign' }));
      expect((await screen.findAllByText(/Tick at least one box/)).length).toBeGreaterThan(0);
      expect(await ownSignatures(database)).toEqual([]);

      await user.click(petition);
      await user.click(screen.getByRole('button', { name: 'Sign' }));

      expect(
        await screen.findByText(
          'Your signature is saved on this phone. It goes to your group as soon as there is a connection.',
        ),
      ).toBeTruthy();
      expect(screen.getByText('Saved on this phone')).toBeTruthy();
      expect(screen.queryByLabelText('Your name')).toBeNull();
      const [saved] = await ownSignatures(database);
      const payload = saved?.payload as SignUpData;
      expect(payload).toMatchObject({
        caseId: PETITION,
        stallSessionId: OWN_PHONE_SESSION_ID,
        consent: {
          petition: true,
          updates: false,
          textVersion: CONSENT_TEXT_VERSION,
          language: 'en',
        },
      });
      // Only the coordinator's key opens the details; nothing of them is readable on the phone.
      expect(JSON.stringify(saved)).not.toMatch(/Mamani|ana\.mamani/);
      const opened = await openSignup(payload.sealed, pair.privateKey, {
        caseId: PETITION,
        stallSessionId: OWN_PHONE_SESSION_ID,
        signedAt: saved?.createdAt ?? '',
        consent: payload.consent,
      });
      expect(opened).toEqual({
        name: 'Ana Mamani',
        email: 'ana.mamani@example.org',
        postcode: 'B72 1AA',
      });

      location.navigate('/activity');
      const waiting = await screen.findByRole('region', { name: 'Waiting on this phone' });
      expect(
        await within(waiting).findByText(
          (_, element) =>
            element?.className === 'record-what' &&
            element.textContent === `${PETITION_TITLE}: your signature on the petition`,
        ),
      ).toBeTruthy();

      sync.start({ fetch: server.fetch });
      await sync.requestSync({ force: true });
      const delivered = screen.getByRole('region', { name: 'Delivered' });
      expect(
        await within(delivered).findByText(
          (_, element) =>
            element?.className === 'record-what' &&
            element.textContent === `${PETITION_TITLE}: your signature on the petition`,
        ),
      ).toBeTruthy();
      expect([...server.signUps.values()]).toMatchObject([
        { caseId: PETITION, stallSessionId: OWN_PHONE_SESSION_ID },
      ]);
      // Delivered, the phone keeps that the member signed, and no longer the sealed details.
      const [kept] = await ownSignatures(database);
      expect(kept?.state).toBe('sent');
      expect(kept?.payload).not.toHaveProperty('sealed');

      location.navigate(SIGN_PAGE);
      expect(await screen.findByText('Your signature was delivered to your group.')).toBeTruthy();
      expect(screen.getByText(/^You signed this petition on this phone on /)).toBeTruthy();
      expect(screen.queryByRole('button', { name: 'Sign' })).toBeNull();
    },
  );

  it('says in Spanish how to join the group when the phone has not, and how to get the key when it has none', async () => {
    const { database } = await renderApp({ path: SIGN_PAGE, language: 'es' });

    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Firme la petición' },
        { timeout: 4000 },
      ),
    ).toBeTruthy();
    expect(await screen.findByText(/Las firmas se cifran con la clave de su grupo/)).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Unirse a su grupo en Ajustes' }).getAttribute('href'),
    ).toBe('/settings');
    expect(screen.queryByLabelText('Nombre y apellidos')).toBeNull();

    await joinGroup(database, false);

    expect(
      await screen.findByText(/La coordinación debe crear antes la clave del grupo/),
    ).toBeTruthy();
    expect(
      screen
        .getByRole('link', { name: 'Sincronizar este teléfono en Actividad' })
        .getAttribute('href'),
    ).toBe('/activity');
    expect(
      screen
        .getByRole('link', { name: 'Montar un puesto de firmas con esta petición' })
        .getAttribute('href'),
    ).toBe(`/stall?case=${PETITION}`);
  });

  it('signs in Spanish with the Spanish consent words, none of them ticked', async () => {
    const { database, user } = await renderApp({ path: SIGN_PAGE, language: 'es' });
    await joinGroup(database);

    const name = await screen.findByLabelText('Nombre y apellidos', undefined, { timeout: 4000 });
    // No profile yet: the fields start empty.
    expect((name as HTMLInputElement).value).toBe('');
    const petition = screen.getByRole('checkbox', { name: /^Firmo esta petición/ });
    expect((petition as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText(/solo los lee la coordinación de Sutton Coldfield group/)).toBeTruthy();

    await user.type(name, 'Rosa Quispe');
    await user.type(screen.getByLabelText('Correo electrónico'), 'rosa@example.org');
    await user.click(petition);
    await user.click(screen.getByRole('button', { name: 'Firmar' }));

    expect(
      await screen.findByText(
        'Su firma está guardada en este teléfono. Llegará a su grupo en cuanto haya conexión.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('Guardado en este teléfono')).toBeTruthy();
    const [saved] = await ownSignatures(database);
    expect((saved?.payload as SignUpData).consent.language).toBe('es');
  });

  it('offers a stall for this petition with the petition already chosen', async () => {
    const { database } = await renderApp({ path: '/stall?case=ua-105-22', language: 'en' });
    await joinGroup(database);

    const chosen = await screen.findByRole('radio', { checked: true }, { timeout: 4000 });
    expect(chosen.closest('label')?.textContent).toMatch(/UA 105\.22/);
  });
});

describe('the way to sign from a case page', () => {
  async function renderLink(theCase: Case, language: 'en' | 'es' = 'en') {
    const database = new CartaDatabase(`link-${crypto.randomUUID()}`);
    const i18n = await createI18n({ language });
    render(
      <I18nextProvider i18n={i18n}>
        <DatabaseProvider database={database}>
          <SignPetitionLink theCase={theCase} />
        </DatabaseProvider>
      </I18nextProvider>,
    );
    return database;
  }
  const petition = bundledCases.find((c) => c.id === PETITION) as Case;

  it('is a button on an open petition, and says so once the member has signed here', async () => {
    const database = await renderLink(petition);

    const link = await screen.findByRole('link', { name: 'Sign the petition' });
    expect(link.getAttribute('href')).toBe(SIGN_PAGE);

    await database.outbox.add({
      id: crypto.randomUUID(),
      type: 'sign-up',
      payload: { caseId: PETITION, stallSessionId: OWN_PHONE_SESSION_ID },
      createdAt: '2026-12-06T10:00:00.000Z',
      state: 'pending',
      attempts: 0,
      lastError: null,
      deliveredAt: null,
    });

    expect(await screen.findByText('You signed this petition on this phone.')).toBeTruthy();
    expect(screen.getByText('Saved on this phone')).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('reads in Spanish', async () => {
    await renderLink(petition, 'es');
    expect(await screen.findByRole('link', { name: 'Firmar la petición' })).toBeTruthy();
  });

  it('is not offered on a closed petition, nor on a case that is not a petition', async () => {
    await renderLink({ ...petition, status: 'closed' } as Case);
    await renderLink(bundledCases.find((c) => c.id === 'ua-105-22') as Case);
    // Give the live queries their turn; nothing must appear.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await waitFor(() => expect(screen.queryByRole('link')).toBeNull());
  });
});
