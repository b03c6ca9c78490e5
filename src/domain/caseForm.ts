import type { Case, CaseKind, CaseStatus } from './case';
import type { Language } from './language';

/** One text in both languages, as typed: either may still be empty. */
export interface BilingualText {
  en: string;
  es: string;
}

export interface SocialHandleForm {
  network: string;
  handle: string;
  url: string;
}

export interface TargetForm {
  id: string;
  name: BilingualText;
  role: BilingualText;
  salutation: BilingualText;
  /** The other salutations the writer may choose, one per line. */
  otherSalutations: BilingualText;
  /** The target's own paragraph for `{{targetParagraph}}`; empty when they have none. */
  paragraph: BilingualText;
  /** One line of the address per line of text. */
  postalAddress: string;
  email: string;
  phone: string;
  fax: string;
  social: SocialHandleForm[];
  contactFormUrl: string;
  lookupUrl: string;
}

export interface SourceForm {
  title: string;
  /** '' when the coordinator has not said. */
  language: Language | '';
  publisher: string;
  publishedOn: string;
  url: string;
}

export interface UpdateForm {
  date: string;
  title: BilingualText;
  text: BilingualText;
}

/**
 * A case as the editor holds it while the coordinator types: every field a string (or a list of
 * them), so half-written input is kept exactly, saved as it is and turned into a case only to
 * check or publish it. Field names follow the case schema, so a problem's path names its field.
 */
export interface CaseForm {
  id: string;
  kind: CaseKind;
  reference: BilingualText;
  country: string;
  title: BilingualText;
  summary: BilingualText;
  /** Paragraphs separated by a blank line. */
  background: BilingualText;
  issuedOn: string;
  deadline: string;
  preferredLanguage: Language;
  nameAndPronoun: BilingualText;
  targets: TargetForm[];
  sampleLetter: { en: { subject: string; body: string }; es: { subject: string; body: string } };
  callScript: BilingualText;
  socialPost: BilingualText;
  petitionText: BilingualText;
  sources: SourceForm[];
  updates: UpdateForm[];
  status: CaseStatus;
  closedOn: string;
  outcome: BilingualText;
  public: boolean;
}

const noText = (): BilingualText => ({ en: '', es: '' });

export function emptyTarget(id: string): TargetForm {
  return {
    id,
    name: noText(),
    role: noText(),
    salutation: noText(),
    otherSalutations: noText(),
    paragraph: noText(),
    postalAddress: '',
    email: '',
    phone: '',
    fax: '',
    social: [],
    contactFormUrl: '',
    lookupUrl: '',
  };
}

export function emptySource(): SourceForm {
  return { title: '', language: '', publisher: '', publishedOn: '', url: '' };
}

export function emptyCaseForm(today: string): CaseForm {
  return {
    id: '',
    kind: 'urgent-action',
    reference: noText(),
    country: '',
    title: noText(),
    summary: noText(),
    background: noText(),
    issuedOn: today,
    deadline: '',
    preferredLanguage: 'en',
    nameAndPronoun: noText(),
    targets: [emptyTarget('target-1')],
    sampleLetter: { en: { subject: '', body: '' }, es: { subject: '', body: '' } },
    callScript: noText(),
    socialPost: noText(),
    petitionText: noText(),
    sources: [emptySource()],
    updates: [],
    status: 'open',
    closedOn: '',
    outcome: noText(),
    public: true,
  };
}

const paragraphs = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const optional = (text: string): string | undefined => (text.trim() ? text.trim() : undefined);

/** A text given in neither language is left out; given in one, it is kept so the gap shows. */
function optionalBilingual(text: BilingualText): BilingualText | undefined {
  return text.en.trim() || text.es.trim() ? { en: text.en.trim(), es: text.es.trim() } : undefined;
}

const trimmed = (text: BilingualText): BilingualText => ({
  en: text.en.trim(),
  es: text.es.trim(),
});

/** One salutation per line; none in either language leaves the field out of the case. */
function otherSalutationsFrom(text: BilingualText): { en: string[]; es: string[] } | undefined {
  const choices = { en: lines(text.en), es: lines(text.es) };
  return choices.en.length || choices.es.length ? choices : undefined;
}

function bilingualFrom(text: { en: string; es: string } | undefined): BilingualText {
  return text ? { en: text.en, es: text.es } : noText();
}

/**
 * The case the form describes, as input for the case schema (which decides whether it is
 * valid). `version` and `updatedAt` are the publisher's to set.
 */
export function caseInputFromForm(
  form: CaseForm,
  stamp: { version: number; updatedAt: string },
): Record<string, unknown> {
  const letter = (language: Language) => form.sampleLetter[language];
  const hasLetter = (['en', 'es'] as const).some(
    (language) => letter(language).subject.trim() || letter(language).body.trim(),
  );
  return {
    id: form.id.trim(),
    kind: form.kind,
    reference: optionalBilingual(form.reference),
    country: form.country.trim().toUpperCase(),
    title: trimmed(form.title),
    summary: trimmed(form.summary),
    background: { en: paragraphs(form.background.en), es: paragraphs(form.background.es) },
    targets: form.targets.map((target) => ({
      id: target.id.trim(),
      name: trimmed(target.name),
      role: trimmed(target.role),
      salutation: trimmed(target.salutation),
      otherSalutations: otherSalutationsFrom(target.otherSalutations),
      paragraph: optionalBilingual(target.paragraph),
      postalAddress: lines(target.postalAddress).length ? lines(target.postalAddress) : undefined,
      email: optional(target.email),
      phone: optional(target.phone),
      fax: optional(target.fax),
      social: target.social.map((handle) => ({
        network: handle.network,
        handle: handle.handle.trim(),
        url: handle.url.trim(),
      })),
      contactFormUrl: optional(target.contactFormUrl),
      lookupUrl: optional(target.lookupUrl),
    })),
    preferredLanguage: form.preferredLanguage,
    issuedOn: form.issuedOn,
    deadline: optional(form.deadline),
    nameAndPronoun: optionalBilingual(form.nameAndPronoun),
    sampleLetter: hasLetter
      ? {
          en: { subject: letter('en').subject.trim(), body: letter('en').body.trim() },
          es: { subject: letter('es').subject.trim(), body: letter('es').body.trim() },
        }
      : undefined,
    callScript: optionalBilingual(form.callScript),
    socialPost: optionalBilingual(form.socialPost),
    petitionText: optionalBilingual(form.petitionText),
    updates: form.updates.map((update) => ({
      date: update.date,
      title: trimmed(update.title),
      text: trimmed(update.text),
    })),
    sources: form.sources
      .filter((source) => Object.values(source).some((value) => value.trim()))
      .map((source) => ({
        title: source.title.trim(),
        ...(source.language ? { language: source.language } : {}),
        publisher: source.publisher.trim(),
        publishedOn: optional(source.publishedOn),
        url: optional(source.url),
      })),
    status: form.status,
    closedOn: form.status === 'closed' ? optional(form.closedOn) : undefined,
    outcome: form.status === 'closed' ? optionalBilingual(form.outcome) : undefined,
    public: form.public,
    version: stamp.version,
    updatedAt: stamp.updatedAt,
  };
}

/** The form for editing a published case: what the coordinator sees is exactly what it says. */
export function formFromCase(c: Case): CaseForm {
  return {
    id: c.id,
    kind: c.kind,
    reference: bilingualFrom(c.reference),
    country: c.country,
    title: bilingualFrom(c.title),
    summary: bilingualFrom(c.summary),
    background: { en: c.background.en.join('\n\n'), es: c.background.es.join('\n\n') },
    issuedOn: c.issuedOn,
    deadline: c.deadline ?? '',
    preferredLanguage: c.preferredLanguage,
    nameAndPronoun: bilingualFrom(c.nameAndPronoun),
    targets: c.targets.map((target) => ({
      id: target.id,
      name: bilingualFrom(target.name),
      role: bilingualFrom(target.role),
      salutation: bilingualFrom(target.salutation),
      otherSalutations: {
        en: (target.otherSalutations?.en ?? []).join('\n'),
        es: (target.otherSalutations?.es ?? []).join('\n'),
      },
      paragraph: bilingualFrom(target.paragraph),
      postalAddress: (target.postalAddress ?? []).join('\n'),
      email: target.email ?? '',
      phone: target.phone ?? '',
      fax: target.fax ?? '',
      social: target.social.map((handle) => ({ ...handle })),
      contactFormUrl: target.contactFormUrl ?? '',
      lookupUrl: target.lookupUrl ?? '',
    })),
    sampleLetter: {
      en: { subject: c.sampleLetter?.en.subject ?? '', body: c.sampleLetter?.en.body ?? '' },
      es: { subject: c.sampleLetter?.es.subject ?? '', body: c.sampleLetter?.es.body ?? '' },
    },
    callScript: bilingualFrom(c.callScript),
    socialPost: bilingualFrom(c.socialPost),
    petitionText: bilingualFrom(c.petitionText),
    sources: c.sources.map((source) => ({
      title: source.title,
      language: source.language ?? '',
      publisher: source.publisher,
      publishedOn: source.publishedOn ?? '',
      url: source.url ?? '',
    })),
    updates: c.updates.map((update) => ({
      date: update.date,
      title: bilingualFrom(update.title),
      text: bilingualFrom(update.text),
    })),
    status: c.status,
    closedOn: c.closedOn ?? '',
    outcome: bilingualFrom(c.outcome),
    public: c.public,
  };
}
