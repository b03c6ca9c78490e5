import { describe, expect, it } from 'vitest';
import { CartaDatabase } from '../../src/db/database';
import {
  deliveryBatches,
  makeUndeliveredFile,
  parseUndeliveredFile,
  summariseUndelivered,
  undeliveredFileName,
  type UndeliveredItem,
} from '../../src/domain/undeliveredFile';
import { listUndelivered, newOutboxItem, toPushItem } from '../../src/sync/outbox';

function report(caseId: string, letters = 1): UndeliveredItem {
  return {
    id: crypto.randomUUID(),
    type: 'action-report',
    createdAt: '2026-11-22T09:30:00.000Z',
    data: { caseId, actions: { letter: letters }, occurredOn: '2026-11-22' },
  };
}

function signUp(caseId: string): UndeliveredItem {
  return {
    id: crypto.randomUUID(),
    type: 'sign-up',
    createdAt: '2026-11-22T11:00:00.000Z',
    data: {
      caseId,
      stallSessionId: crypto.randomUUID(),
      consent: { petition: true, updates: false, textVersion: 'stall-consent-1', language: 'es' },
      sealed: {
        alg: 'RSA-OAEP-256+A256GCM',
        keyId: 'k',
        wrappedKey: 'd3JhcA',
        iv: 'aXY',
        ciphertext: 'Yw',
      },
    },
  };
}

function fileText(items: UndeliveredItem[]): string {
  return JSON.stringify(
    makeUndeliveredFile({
      items,
      exportedAt: new Date('2026-12-06T18:45:00Z'),
      deviceName: 'Stall phone 2',
      groupId: 'a5b0c1de-0000-4000-8000-000000000001',
    }),
  );
}

describe('the file of undelivered records', () => {
  it('reads back exactly the records written, sign-ups still sealed as they were queued', () => {
    const items = [report('ua-105-22', 2), signUp('peru-repression-petition')];

    const parsed = parseUndeliveredFile(fileText(items));

    expect(parsed).toEqual({
      ok: true,
      file: {
        format: 'carta-undelivered',
        version: 1,
        exportedAt: '2026-12-06T18:45:00.000Z',
        deviceName: 'Stall phone 2',
        groupId: 'a5b0c1de-0000-4000-8000-000000000001',
        items,
      },
    });
  });

  it('is named after the day it was saved', () => {
    expect(undeliveredFileName(new Date(2026, 11, 6, 23, 59))).toBe(
      'carta-undelivered-2026-12-06.json',
    );
  });

  it.each([
    ['a file cut short', fileText([report('ua-105-22')]).slice(0, 80), 'not-json'],
    ['a picture', '\u0089PNG\r\n\u001a\n', 'not-json'],
    ['a case file', JSON.stringify({ id: 'ua-105-22', kind: 'urgent-action' }), 'not-undelivered'],
    [
      'a group key backup',
      JSON.stringify({ format: 'carta-group-key', version: 1 }),
      'not-undelivered',
    ],
    ['JSON null', 'null', 'not-undelivered'],
  ])('says %s is not one, and why', (_label, text, problem) => {
    expect(parseUndeliveredFile(text)).toEqual({ ok: false, problem });
  });

  it('says a file from a later version of Carta needs a later version to read it', () => {
    const later = { ...JSON.parse(fileText([])), version: 2 };
    expect(parseUndeliveredFile(JSON.stringify(later))).toEqual({
      ok: false,
      problem: 'newer-version',
      version: 2,
    });
  });

  it('names what is damaged in a file of the right format', () => {
    const file = JSON.parse(fileText([report('ua-105-22')]));
    file.items[0].id = 'not-an-id';
    const parsed = parseUndeliveredFile(JSON.stringify(file));
    expect(parsed).toMatchObject({ ok: false, problem: 'damaged' });
    expect(parsed.ok === false && parsed.problem === 'damaged' && parsed.detail).toMatch(
      /^items: 0: id: /,
    );
  });

  it('counts reports per case and sign-ups, for the coordinator to check before delivering', () => {
    const summary = summariseUndelivered([
      report('ua-105-22'),
      signUp('peru-repression-petition'),
      report('peru-repression-petition'),
      report('ua-105-22'),
      signUp('peru-repression-petition'),
    ]);
    expect(summary).toEqual({
      reportsByCase: [
        { caseId: 'ua-105-22', count: 2 },
        { caseId: 'peru-repression-petition', count: 1 },
      ],
      reports: 3,
      signUps: 2,
    });
  });
});

describe('delivering a file in requests the server takes', () => {
  it('sends 1,201 records as 500, 500 and 201, in the file’s order', () => {
    const items = Array.from({ length: 1201 }, () => report('ua-105-22'));
    const { batches, tooLarge } = deliveryBatches(items);
    expect(batches.map((batch) => batch.length)).toEqual([500, 500, 201]);
    expect(batches.flat()).toEqual(items);
    expect(tooLarge).toEqual([]);
  });

  it('starts a new request before one would pass its size, and sets apart a record too large for any', () => {
    const items = [report('a'), report('b'), report('c'), report('d')];
    const itemBytes = JSON.stringify(items[0]).length + 1;
    const huge = { ...report('e'), data: { caseId: 'e', note: 'x'.repeat(4 * itemBytes) } };
    const { batches, tooLarge } = deliveryBatches([...items, huge], {
      maxItems: 500,
      maxBytes: 2 * itemBytes + 2,
    });
    expect(batches).toEqual([items.slice(0, 2), items.slice(2, 4)]);
    expect(tooLarge).toEqual([huge]);
  });
});

describe('what the phone puts in the file', () => {
  it('takes what waits and what the server refused, oldest first, and nothing delivered', async () => {
    const database = new CartaDatabase(`test-${crypto.randomUUID()}`);
    const at = (minute: number) => new Date(Date.UTC(2026, 10, 22, 9, minute));
    const refused = {
      ...newOutboxItem('action-report', { caseId: 'x' }, at(1)),
      state: 'rejected' as const,
    };
    const waiting = newOutboxItem('action-report', { caseId: 'ua-105-22' }, at(2));
    const delivered = {
      ...newOutboxItem('action-report', { caseId: 'ua-105-22' }, at(0)),
      state: 'sent' as const,
    };
    const older = newOutboxItem('sign-up', { caseId: 'peru-repression-petition' }, at(0));
    await database.outbox.bulkAdd([refused, waiting, delivered, older]);

    const items = (await listUndelivered(database)).map(toPushItem);

    expect(items.map((item) => item.id)).toEqual([older.id, refused.id, waiting.id]);
    expect(items[1]).toEqual({
      id: refused.id,
      type: 'action-report',
      createdAt: refused.createdAt,
      data: { caseId: 'x' },
    });
    database.close();
  });
});
