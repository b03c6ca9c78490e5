import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CartaDatabase } from '../../src/db/database';
import { caseSchema, type Case } from '../../src/domain/case';
import { renderApp } from './renderApp';
import { joinedGroup } from './groupMembership';

type User = Awaited<ReturnType<typeof renderApp>>['user'];

async function joinAs(database: CartaDatabase, role: 'member' | 'coordinator') {
  await database.group.put(
    joinedGroup({
      serverUrl: 'https://group.example.org/',
      deviceId: 'device-1',
      groupId: 'group-1',
      publicKeyId: null,
      role,
    }),
  );
}

/** The group's server as far as publishing goes: it keeps versions and answers 409 when stale. */
function publishingServer() {
  const held = new Map<string, Case>();
  const requests: unknown[] = [];
  const fetch = vi.fn(async (url: string, init: RequestInit) => {
    const path = new URL(url).pathname;
    const id = decodeURIComponent(path.split('/')[4] ?? '');
    if (init.method === 'GET') return Response.json({ versions: [] });
    const body = JSON.parse(String(init.body)) as { baseVersion: number | null; case: object };
    requests.push(body);
    const current = held.get(id) ?? null;
    if ((current?.version ?? null) !== body.baseVersion) {
      return Response.json(
        { error: { code: 'stale_version', message: 'Stale' }, current },
        { status: 409 },
      );
    }
    const published = caseSchema.parse({
      ...body.case,
      version: (current?.version ?? 0) + 1,
      updatedAt: new Date().toISOString(),
    });
    held.set(id, published);
    return Response.json({ version: published.version, case: published });
  });
  return { held, requests, fetch };
}

function setOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

async function fill(user: User, label: string | RegExp, text: string, within_?: HTMLElement) {
  const field = (within_ ? within(within_) : screen).getByLabelText(label);
  await user.clear(field);
  await user.type(
    field,
    text.replace(/[{[]/g, (c) => c + c),
  );
}

function bilingual(legend: string | RegExp, nth = 0): HTMLElement {
  return screen.getAllByRole('group', { name: legend })[nth]!;
}

describe('a coordinator writing a new Urgent Action', () => {
  it(
    'is told what is missing, fixes it, cannot publish offline, and publishes once online',
    { timeout: 60_000 },
    async () => {
      const server = publishingServer();
      vi.stubGlobal('fetch', server.fetch);
      const { database, user } = await renderApp({ path: '/group/cases', language: 'en' });
      await joinAs(database, 'coordinator');

      await user.click(await screen.findByRole('button', { name: 'New case' }));
      expect(await screen.findByRole('heading', { level: 1, name: 'New case' })).toBeTruthy();

      await fill(user, 'Short name in web addresses', 'ua-150-26');
      await fill(user, 'English', 'UA 150.26', bilingual(/^Reference/));
      await fill(user, 'Spanish', 'AU 150/26', bilingual(/^Reference/));
      await fill(user, 'Country', 'PE');
      await fill(user, 'English', 'Protect the Juliaca families', bilingual('Title'));
      await fill(user, 'Spanish', 'Proteja a las familias de Juliaca', bilingual('Title'));
      await fill(user, 'English', 'Families are threatened.', bilingual('Summary'));
      await fill(user, 'Spanish', 'Las familias reciben amenazas.', bilingual('Summary'));
      await fill(user, 'English', 'First paragraph.\n\nSecond.', bilingual(/^Background/));
      await fill(user, 'Spanish', 'Primer párrafo.\n\nSegundo.', bilingual(/^Background/));
      const target = screen.getByRole('group', { name: 'Target 1' });
      await fill(
        user,
        'English',
        'Attorney General',
        within(target).getByRole('group', { name: 'Name' }),
      );
      await fill(
        user,
        'Spanish',
        'Fiscal de la Nación',
        within(target).getByRole('group', { name: 'Name' }),
      );
      await fill(
        user,
        'English',
        'Attorney General',
        within(target).getByRole('group', { name: 'Role' }),
      );
      await fill(
        user,
        'Spanish',
        'Fiscal de la Nación',
        within(target).getByRole('group', { name: 'Role' }),
      );
      await fill(
        user,
        'English',
        'Dear Attorney General',
        within(target).getByRole('group', { name: /^Salutation/ }),
      );
      await fill(
        user,
        'Spanish',
        'Señor Fiscal:',
        within(target).getByRole('group', { name: /^Salutation/ }),
      );
      await fill(user, /^Email/, 'fiscal@example.org', target);
      await fill(user, 'English', 'Protect the families', bilingual('Subject'));
      await fill(
        user,
        'English',
        '{{salutation}}\n\nPlease act.\n\n{{closing}}\n{{senderName}}',
        bilingual('Letter'),
      );
      await fill(
        user,
        'Spanish',
        '{{salutation}}\n\nLe ruego que actúe.\n\n{{closing}}\n{{senderName}}',
        bilingual('Letter'),
      );
      const source = screen.getByRole('group', { name: 'Source 1' });
      await fill(user, 'Title', 'Urgent Action 150/26', source);
      await fill(user, 'Publisher', 'Amnesty International', source);

      // Before publishing, the missing Spanish subject is named, and it is an error.
      expect(
        screen.getByText(/1 text is missing in Spanish: Sample letter · Subject/),
      ).toBeTruthy();
      await user.click(screen.getByRole('button', { name: 'Publish' }));
      const summary = (
        await screen.findByText('There is 1 problem to fix before publishing')
      ).closest<HTMLElement>('[role="alert"]')!;
      const link = within(summary).getByRole('link', {
        name: 'Sample letter · Spanish · Subject: Fill this in.',
      });
      await user.click(link);
      const subjectEs = within(bilingual('Subject')).getByLabelText('Spanish');
      expect(document.activeElement).toBe(subjectEs);
      expect(subjectEs.getAttribute('aria-invalid')).toBe('true');
      expect(server.fetch).not.toHaveBeenCalled();

      await user.type(subjectEs, 'Proteja a las familias');
      setOnline(false);
      await user.click(screen.getByRole('button', { name: 'Publish' }));
      expect(await screen.findByText(/Publishing needs a connection/)).toBeTruthy();
      expect(server.fetch).not.toHaveBeenCalled();
      // The draft is on this device, exactly as typed.
      await waitFor(async () => {
        const [draft] = await database.caseDrafts.toArray();
        expect(draft?.form.sampleLetter.es.subject).toBe('Proteja a las familias');
      });

      setOnline(true);
      await user.click(screen.getByRole('button', { name: 'Publish' }));
      expect(await screen.findByText(/Published as version 1/)).toBeTruthy();
      expect(server.held.get('ua-150-26')?.reference).toEqual({ en: 'UA 150.26', es: 'AU 150/26' });
      expect(await database.cases.get('ua-150-26')).toMatchObject({ version: 1 });
      expect(await database.caseDrafts.count()).toBe(0);
    },
  );
});

describe('a coordinator whose edit went stale', () => {
  it(
    'sees both versions after a 409 and loses nothing until choosing',
    { timeout: 30_000 },
    async () => {
      const server = publishingServer();
      vi.stubGlobal('fetch', server.fetch);
      const { database, user } = await renderApp({ path: '/group/cases', language: 'en' });
      await joinAs(database, 'coordinator');
      const ua = (await database.cases.get('ua-105-22'))!;
      // Someone else published the next version from another laptop meanwhile.
      server.held.set('ua-105-22', { ...ua, version: ua.version + 1, deadline: '2027-01-20' });

      await user.click(await screen.findByRole('button', { name: `Edit ${ua.title.en}` }));
      await screen.findByRole('heading', { level: 1, name: 'Edit case' });
      await fill(user, /^Deadline/, '2027-02-01');
      await user.click(screen.getByRole('button', { name: 'Publish the changes' }));

      const stale = await screen.findByRole('alert', {
        name: 'Someone published this case meanwhile',
      });
      expect(within(stale).getByText(new RegExp(`version ${ua.version + 1}`))).toBeTruthy();
      expect(within(stale).getByText('2027-02-01')).toBeTruthy();
      expect(within(stale).getByText('2027-01-20')).toBeTruthy();
      const [draft] = await database.caseDrafts.toArray();
      expect(draft?.form.deadline).toBe('2027-02-01');

      await user.click(within(stale).getByRole('button', { name: 'Publish my edit over it' }));
      await waitFor(() => expect(server.requests).toHaveLength(2));
      expect(
        await screen.findByText(new RegExp(`Published as version ${ua.version + 2}`)),
      ).toBeTruthy();
      expect(server.held.get('ua-105-22')?.deadline).toBe('2027-02-01');
    },
  );
});

describe('a member who finds the editor address', () => {
  it('is told the editor is for the coordinator', async () => {
    const { database } = await renderApp({ path: '/group/cases', language: 'es' });
    await joinAs(database, 'member');
    expect(await screen.findByRole('heading', { name: 'Solo para la coordinación' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Nuevo caso' })).toBeNull();
  });
});
