import { describe, expect, it } from 'vitest';
import { createRepeatSignerCheck } from '../../src/domain/repeatSignerCheck';
import { RepeatSignerChecks } from '../../src/features/stall/repeatSignerChecks';
import {
  CONSENT_TEXT_VERSION,
  KNOWN_CONSENT_TEXT_VERSIONS,
  consentRecord,
  consentText,
  petitionRecipient,
} from '../../src/domain/stallConsent';
import { caseSchema } from '../../src/domain/case';
import { LANGUAGES } from '../../src/domain/language';
import petitionFile from '../../src/content/cases/peru-repression-petition.json';
import uaFile from '../../src/content/cases/ua-105-22.json';
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
      consent: { petition: true, updates: false, textVersion: '2026-12-v2', language: 'es' },
    });
  });

  it('has the texts in both languages under one version, naming the group in the notice', () => {
    const context = { ...suttonGroup, recipient: 'x' };
    expect(consentText('en', context).version).toBe(consentText('es', context).version);
    expect(consentText('en', context).privacy.join(' ')).toContain('Sutton Coldfield group');
    expect(consentText('es', context).privacy[0]).toMatch(/^Quién recibe qué/);
    expect(consentText('es', context).updates).not.toBe(consentText('en', context).updates);
  });
});

const suttonGroup = {
  groupName: 'Sutton Coldfield group',
  contact: 'amnesty.sutton@example.org',
  retentionDays: 60,
};

describe('what the kiosk tells a signer', () => {
  const petition = caseSchema.parse(petitionFile);
  const urgentAction = caseSchema.parse(uaFile);

  it.each(LANGUAGES)(
    'in %s names whom the petition goes to, what the email is for, how long and whom to ask',
    (language) => {
      const text = consentText(language, {
        ...suttonGroup,
        recipient: petitionRecipient(petition, language),
      });
      const notice = text.privacy.join('\n');
      const words = {
        en: {
          recipient: "Amnesty International's section office",
          email: /to count each person once.*only if you ticked the box, to send you news/,
          days: '60 days after you sign',
        },
        es: {
          recipient: 'la oficina de la sección de Amnistía Internacional',
          email:
            /para contar a cada persona una sola vez.*solo si ha marcado la casilla, para enviarle noticias/,
          days: 'a los 60 días de su firma',
        },
      }[language];

      expect(text.petition).toContain(words.recipient);
      expect(notice).toContain(words.recipient);
      expect(notice).toMatch(words.email);
      expect(notice).toContain(words.days);
      expect(notice).toContain('amnesty.sutton@example.org');
      expect(notice).toContain('Sutton Coldfield group');
      expect(`${text.petition}${text.updates}${notice}`).not.toMatch(/\{\{|\}\}/);
    },
  );

  it("names the case's first target as the petition's recipient, in the signer's language", () => {
    expect(petitionRecipient(urgentAction, 'es')).toBe(
      'Dina Ercilia Boluarte Zegarra, Presidenta de la República del Perú',
    );
    const text = consentText('en', {
      ...suttonGroup,
      recipient: petitionRecipient(urgentAction, 'en'),
    });
    expect(text.petition).toContain(
      'delivered to Dina Ercilia Boluarte Zegarra, President of the Republic of Peru',
    );
  });

  it('sends a signer to a volunteer when the group gave no contact, and gives no made-up period', () => {
    const en = consentText('en', {
      ...suttonGroup,
      contact: null,
      retentionDays: null,
      recipient: 'x',
    });
    const es = consentText('es', {
      ...suttonGroup,
      contact: null,
      retentionDays: null,
      recipient: 'x',
    });

    expect(en.privacy.at(-1)).toBe(
      'To withdraw: tell a volunteer here or ask Sutton Coldfield group, and your details will be deleted.',
    );
    expect(es.privacy.at(-1)).toMatch(
      /^Cómo retirarse: dígaselo a una persona voluntaria del puesto/,
    );
    expect(en.privacy.join(' ')).not.toMatch(/\d+ days/);
    expect(es.privacy.join(' ')).toContain('una persona voluntaria puede decirle cuántos');
  });

  it('still explains sign-ups made under the first text, and the server knows both versions', () => {
    const first = consentText('en', { ...suttonGroup, recipient: 'x' }, '2026-11-v1');

    expect(first.petition).toBe(
      'I sign this petition. My name and postcode will be delivered with it.',
    );
    expect(first.privacy[0]).toContain('only the coordinator of Sutton Coldfield group');
    expect(KNOWN_CONSENT_TEXT_VERSIONS).toEqual(['2026-11-v1', CONSENT_TEXT_VERSION]);
    expect(CONSENT_TEXT_VERSION).toBe('2026-12-v2');
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
