import { describe, expect, it } from 'vitest';
import { createRepeatSignerCheck } from '../../src/domain/repeatSignerCheck';
import { RepeatSignerChecks } from '../../src/features/stall/repeatSignerChecks';
import { CONSENT_TEXTS, consentRecord, consentText } from '../../src/domain/stallConsent';
import { hashPin, isValidPin, pinMatches } from '../../src/domain/volunteerPin';

describe('the consent record of a sign-up', () => {
  it('says what was agreed, in which words and language, when, and at which stall', () => {
    const record = consentRecord(
      { petition: true, updates: false, language: 'es' },
      {
        caseId: 'peru-repression-petition',
        stallSessionId: '1b7c6c52-7f3e-4b8e-9d55-0a4f3c1f2e11',
      },
      new Date('2026-11-28T11:02:03.456Z'),
    );

    expect(record).toEqual({
      caseId: 'peru-repression-petition',
      stallSessionId: '1b7c6c52-7f3e-4b8e-9d55-0a4f3c1f2e11',
      signedAt: '2026-11-28T11:02:03.456Z',
      consent: { petition: true, updates: false, textVersion: '2026-11-v1', language: 'es' },
    });
  });

  it('has the texts in both languages under one version, naming the group in the notice', () => {
    expect(CONSENT_TEXTS.en.version).toBe(CONSENT_TEXTS.es.version);
    expect(consentText('en', 'Sutton Coldfield group').privacy).toContain('Sutton Coldfield group');
    expect(consentText('es', 'grupo de Sutton').privacy).toMatch(/^Quién recibe sus datos/);
    expect(consentText('es', 'x').updates).not.toBe(consentText('en', 'x').updates);
  });
});

describe("the volunteer's PIN", () => {
  it('is kept as a salted hash that matches only the same digits', async () => {
    const stored = await hashPin('482915');

    expect(JSON.stringify(stored)).not.toContain('482915');
    expect(await pinMatches('482915', stored)).toBe(true);
    expect(await pinMatches('482916', stored)).toBe(false);
    expect(await pinMatches('', stored)).toBe(false);
    expect((await hashPin('482915')).hash).not.toBe(stored.hash);
  });

  it('is 4 to 8 digits', () => {
    expect(isValidPin('1234')).toBe(true);
    expect(isValidPin('12345678')).toBe(true);
    expect(isValidPin('123')).toBe(false);
    expect(isValidPin('123456789')).toBe(false);
    expect(isValidPin('12a4')).toBe(false);
  });
});

describe('a repeat email at one stall', () => {
  it('is noticed whatever its case or spaces, and a new kiosk session starts afresh', async () => {
    const check = await createRepeatSignerCheck();

    expect(await check.seenBefore('rosa@example.org')).toBe(false);
    expect(await check.seenBefore('ana@example.org')).toBe(false);
    expect(await check.seenBefore('  Rosa@Example.ORG ')).toBe(true);

    const nextSession = await createRepeatSignerCheck();
    expect(await nextSession.seenBefore('rosa@example.org')).toBe(false);
  });

  it('can forget an address whose sign-up could not be saved', async () => {
    const check = await createRepeatSignerCheck();
    await check.seenBefore('rosa@example.org');

    await check.forget('rosa@example.org');

    expect(await check.seenBefore('rosa@example.org')).toBe(false);
  });
});

describe('the repeat check of a stall session', () => {
  it('is the same for as long as the stall runs, apart for each stall, and gone when it ends', async () => {
    const checks = new RepeatSignerChecks();
    const repeatSignerCheckFor = (sessionId: string) => checks.for(sessionId);
    const market = await repeatSignerCheckFor('market-stall');
    expect(await market.seenBefore('rosa@example.org')).toBe(false);

    // The kiosk was closed and opened again: the same stall still knows Rosa.
    expect(await (await repeatSignerCheckFor('market-stall')).seenBefore('rosa@example.org')).toBe(
      true,
    );
    expect(await (await repeatSignerCheckFor('library-stall')).seenBefore('rosa@example.org')).toBe(
      false,
    );

    checks.forget('market-stall');
    expect(await (await repeatSignerCheckFor('market-stall')).seenBefore('rosa@example.org')).toBe(
      false,
    );
  });
});
