import type { TFunction } from 'i18next';
import type { CaseProblem } from '../../domain/caseProblems';

/** The element id of the field a path names, so the error summary can link to it. */
export function fieldId(path: string): string {
  return `case-${path.replace(/\./g, '-')}`;
}

/**
 * The editor field a problem belongs to. The schema checks lists the editor shows as one text
 * (background paragraphs, address lines) item by item: their problems go to the whole text.
 */
export function fieldPathOf(problemPath: string): string {
  const segments = problemPath.split('.');
  const last = segments.at(-1) ?? '';
  const parent = segments.at(-2) ?? '';
  const oneText =
    parent === 'postalAddress' || (segments[0] === 'background' && segments.length === 3);
  return /^\d+$/.test(last) && oneText ? segments.slice(0, -1).join('.') : problemPath;
}

type EditorT = TFunction<'caseEditor'>;

/** Field names per path segment; a number after a list names its item ("Target 2"). */
const ITEM_LABELS: Record<string, 'field.target' | 'field.source' | 'field.update'> = {
  targets: 'field.target',
  sources: 'field.source',
  updates: 'field.update',
};

const SEGMENT_LABELS: Record<string, string> = {
  id: 'field.id',
  kind: 'field.kind',
  reference: 'field.reference',
  country: 'field.country',
  issuedOn: 'field.issuedOn',
  deadline: 'field.deadline',
  preferredLanguage: 'field.preferredLanguage',
  title: 'field.title',
  summary: 'field.summary',
  background: 'field.background',
  nameAndPronoun: 'field.nameAndPronoun',
  petitionText: 'field.petitionText',
  targets: 'field.targets',
  name: 'field.name',
  role: 'field.role',
  salutation: 'field.salutation',
  otherSalutations: 'field.otherSalutations',
  paragraph: 'field.targetParagraph',
  postalAddress: 'field.postalAddress',
  email: 'field.email',
  phone: 'field.phone',
  fax: 'field.fax',
  contactFormUrl: 'field.contactFormUrl',
  lookupUrl: 'field.lookupUrl',
  social: 'field.social',
  network: 'field.network',
  handle: 'field.handle',
  url: 'field.url',
  sampleLetter: 'field.sampleLetter',
  subject: 'field.subject',
  body: 'field.body',
  callScript: 'field.callScript',
  socialPost: 'field.socialPost',
  sources: 'field.sources',
  publisher: 'field.publisher',
  publishedOn: 'field.publishedOn',
  updates: 'field.updates',
  date: 'field.date',
  text: 'field.updateText',
  status: 'field.status',
  closedOn: 'field.closedOn',
  outcome: 'field.outcome',
  en: 'editor.english',
  es: 'editor.spanish',
};

/** A field's name as the coordinator reads it: "Target 2 · Email", "Title · Spanish". */
export function fieldLabel(path: string, t: EditorT): string {
  const segments = path.split('.');
  const words: string[] = [];
  segments.forEach((segment, i) => {
    const previous = segments[i - 1] ?? '';
    if (/^\d+$/.test(segment)) {
      const item = ITEM_LABELS[previous];
      if (item) words[words.length - 1] = t(item, { number: Number(segment) + 1 });
      return;
    }
    // A source's and an update's own title read better as what they are.
    const inSources = segments[0] === 'sources' && segment === 'title';
    const inUpdates = segments[0] === 'updates' && segment === 'title';
    const key = inSources
      ? 'field.sourceTitle'
      : inUpdates
        ? 'field.updateTitle'
        : SEGMENT_LABELS[segment];
    words.push(key ? t(key as 'field.title') : segment);
  });
  return words.join(' · ');
}

export function problemMessage(problem: CaseProblem, t: EditorT): string {
  const names = problem.names?.map((name) => `{{${name}}}`) ?? [];
  return t(`problem.${problem.problem}` as 'problem.required', {
    count: names.length || 1,
    names: names.join(', '),
    maximum: problem.maximum,
    interpolation: { escapeValue: false, skipOnVariables: true },
  });
}
