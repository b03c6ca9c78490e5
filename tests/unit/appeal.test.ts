import { describe, expect, it } from 'vitest';
import { caseSchema, type CaseInput } from '../../src/domain/case';
import { AppealTemplateError, formatSenderAddress, renderAppeal } from '../../src/domain/appeal';
import { formatCalendarDate } from '../../src/domain/calendarDate';
import { buildMailto, MAILTO_MAX_LENGTH } from '../../src/domain/mailto';
import { buildSocialPost } from '../../src/domain/socialPost';

const caseInput: CaseInput = {
  id: 'ua-test',
  kind: 'urgent-action',
  reference: 'UA 1.23',
  country: 'PE',
  title: { en: 'Title', es: 'Título' },
  summary: { en: 'Summary', es: 'Resumen' },
  background: { en: ['Background'], es: ['Contexto'] },
  targets: [
    {
      id: 'president',
      name: { en: 'Dina Boluarte', es: 'Dina Boluarte' },
      role: { en: 'President of Peru', es: 'Presidenta del Perú' },
      salutation: { en: 'Dear Madam President,', es: 'Señora Presidenta:' },
      email: 'president@example.org',
    },
  ],
  preferredLanguage: 'es',
  issuedOn: '2023-01-13',
  sampleLetter: {
    en: {
      subject: 'Stop the killings — {{targetRole}}',
      body: '{{date}}\n\n{{salutation}}\n\nI am writing about Juliaca.\n\n{{closing}}\n\n{{senderName}}\n{{senderAddress}}',
    },
    es: {
      subject: 'Alto a la violencia — {{targetRole}}',
      body: '{{date}}\n\n{{salutation}}\n\nLe escribo por Juliaca.\n\n{{closing}}\n\n{{senderName}}\n{{senderAddress}}',
    },
  },
  sources: [{ title: 'UA', publisher: 'Amnesty International' }],
  version: 1,
  updatedAt: '2026-11-26T00:00:00Z',
};
const theCase = caseSchema.parse(caseInput);
const target = theCase.targets[0]!;
const ana = {
  name: 'Ana Pérez',
  address: '12 High Street\nSutton Coldfield',
  postcode: 'B72 1AA',
  email: 'ana@example.org',
};

describe('an appeal rendered from the sample letter', () => {
  it('in Spanish greets the President the Spanish way, dates it in Spanish and signs it "Atentamente"', () => {
    const appeal = renderAppeal({
      theCase,
      target,
      language: 'es',
      sender: ana,
      date: '2026-11-22',
    });
    expect(appeal.subject).toBe('Alto a la violencia — Presidenta del Perú');
    expect(appeal.body).toBe(
      '22 de noviembre de 2026\n\nSeñora Presidenta:\n\nLe escribo por Juliaca.\n\nAtentamente,\n\nAna Pérez\n12 High Street\nSutton Coldfield\nB72 1AA',
    );
  });

  it('in English says "Dear Madam President," and "Yours sincerely," with a British date', () => {
    const appeal = renderAppeal({
      theCase,
      target,
      language: 'en',
      sender: ana,
      date: '2026-11-22',
    });
    expect(appeal.body.startsWith('22 November 2026\n\nDear Madam President,\n\n')).toBe(true);
    expect(appeal.body).toContain('Yours sincerely,\n\nAna Pérez\n12 High Street');
    expect(appeal.body).not.toMatch(/\{\{|\}\}/);
  });

  it('refuses an unknown placeholder instead of sending "{{…}}" to an official', () => {
    const broken = {
      ...theCase,
      sampleLetter: { ...theCase.sampleLetter!, en: { subject: 'S', body: 'Hello {{sendrName}}' } },
    };
    expect(() =>
      renderAppeal({ theCase: broken, target, language: 'en', sender: ana, date: '2026-11-22' }),
    ).toThrow(AppealTemplateError);
  });

  it('is rejected by the case schema when the sample letter has a misspelt placeholder', () => {
    const result = caseSchema.safeParse({
      ...caseInput,
      sampleLetter: { ...caseInput.sampleLetter!, es: { subject: 'S', body: '{{saludo}}' } },
    });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('saludo');
  });
});

describe('the sender address block', () => {
  it('adds the postcode once, whether typed in the address or apart', () => {
    expect(formatSenderAddress(ana)).toBe('12 High Street\nSutton Coldfield\nB72 1AA');
    expect(
      formatSenderAddress({ ...ana, address: '12 High Street, Sutton Coldfield B72 1AA' }),
    ).toBe('12 High Street\nSutton Coldfield B72 1AA');
  });
});

describe('letter dates', () => {
  it('keep the calendar day in either language', () => {
    expect(formatCalendarDate('2023-03-07', 'es')).toBe('7 de marzo de 2023');
    expect(formatCalendarDate('2023-03-07', 'en')).toBe('7 March 2023');
  });
});

describe('the email link', () => {
  it('carries recipient, subject and body that decode back to the letter', () => {
    const link = buildMailto(
      'president@example.org',
      'Alto — Juliaca',
      'Señora Presidenta:\n\nLínea 2 & más?',
    );
    expect(link.includesBody).toBe(true);
    const url = new URL(link.href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('president@example.org');
    expect(url.searchParams.get('subject')).toBe('Alto — Juliaca');
    expect(url.searchParams.get('body')).toBe('Señora Presidenta:\r\n\r\nLínea 2 & más?');
  });

  it('leaves a long body out, for the clipboard, and stays under the mail apps’ limit', () => {
    const longBody = 'Le escribo con preocupación. '.repeat(120);
    const link = buildMailto('president@example.org', 'Asunto', longBody);
    expect(link.includesBody).toBe(false);
    expect(link.href.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    expect(new URL(link.href).searchParams.get('subject')).toBe('Asunto');
    expect(link.href).not.toContain('body=');
  });
});

describe('the social post', () => {
  it('addresses the handle and never passes 280 characters, counting accents as one', () => {
    const handle = {
      network: 'x' as const,
      handle: '@PeruInTheUSA',
      url: 'https://x.com/PeruInTheUSA',
    };
    const post = buildSocialPost(
      handle,
      'Pedimos justicia para las víctimas de Juliaca. '.repeat(10),
    );
    expect(post.text.startsWith('@PeruInTheUSA ')).toBe(true);
    expect(Array.from(post.text).length).toBeLessThanOrEqual(280);
    expect(post.text.endsWith('…')).toBe(true);
    expect(new URL(post.intentUrl!).searchParams.get('text')).toBe(post.text);
  });

  it('has no compose link on Instagram, so the member copies the text instead', () => {
    const handle = {
      network: 'instagram' as const,
      handle: '@peruintheusa',
      url: 'https://www.instagram.com/peruintheusa',
    };
    expect(buildSocialPost(handle, 'Justicia').intentUrl).toBeNull();
  });
});
