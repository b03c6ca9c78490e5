import { useTranslation } from 'react-i18next';
import { CASE_KINDS, CASE_STATUSES } from '../../domain/case';
import type { BilingualText, CaseForm } from '../../domain/caseForm';
import { LANGUAGES } from '../../domain/language';
import { LETTER_PLACEHOLDERS } from '../../domain/letterPlaceholders';
import { BilingualField, ChoiceGroup, TextField } from './EditorFields';
import { SourcesEditor, UpdatesEditor } from './ListEditors';
import { TargetsEditor } from './TargetsEditor';

interface Props {
  form: CaseForm;
  change: (update: (form: CaseForm) => CaseForm) => void;
  /** A published case keeps its slug: drafts, reports and totals refer to it. */
  published: boolean;
  today: string;
}

export function CaseFormSections({ form, change, published, today }: Props) {
  const { t } = useTranslation('caseEditor');
  const set =
    <Key extends keyof CaseForm>(key: Key) =>
    (value: CaseForm[Key]) =>
      change((current) => ({ ...current, [key]: value }));
  // The editor shows a letter's subject, and its body, in both languages side by side; the case
  // keeps each language's letter whole.
  const letterPart = (part: 'subject' | 'body') => ({
    en: form.sampleLetter.en[part],
    es: form.sampleLetter.es[part],
  });
  const setLetter = (part: 'subject' | 'body') => (text: BilingualText) =>
    change((current) => ({
      ...current,
      sampleLetter: {
        en: { ...current.sampleLetter.en, [part]: text.en },
        es: { ...current.sampleLetter.es, [part]: text.es },
      },
    }));
  const placeholderList = LETTER_PLACEHOLDERS.map((name) => `{{${name}}}`).join(', ');

  return (
    <>
      <section className="editor-section" aria-labelledby="section-basics">
        <h2 id="section-basics">{t('section.basics')}</h2>
        <ChoiceGroup
          path="kind"
          legend={t('field.kind')}
          value={form.kind}
          onChange={set('kind')}
          options={CASE_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
        />
        {published ? (
          <p className="hint">
            {t('field.id')}: <code>{form.id}</code>
          </p>
        ) : (
          <TextField
            path="id"
            label={t('field.id')}
            hint={t('field.idHint')}
            value={form.id}
            onChange={set('id')}
          />
        )}
        <BilingualField
          path="reference"
          label={t('field.reference')}
          hint={t('field.referenceHint')}
          optional
          value={form.reference}
          onChange={set('reference')}
        />
        <TextField
          path="country"
          label={t('field.country')}
          hint={t('field.countryHint')}
          value={form.country}
          onChange={set('country')}
          className="field-short"
        />
        <div className="editor-dates">
          <TextField
            path="issuedOn"
            label={t('field.issuedOn')}
            type="date"
            value={form.issuedOn}
            onChange={set('issuedOn')}
          />
          <TextField
            path="deadline"
            label={t('field.deadline')}
            hint={t('field.deadlineHint')}
            type="date"
            optional
            value={form.deadline}
            onChange={set('deadline')}
          />
        </div>
        <ChoiceGroup
          path="preferredLanguage"
          legend={t('field.preferredLanguage')}
          value={form.preferredLanguage}
          onChange={set('preferredLanguage')}
          options={LANGUAGES.map((language) => ({
            value: language,
            label: language === 'en' ? t('editor.english') : t('editor.spanish'),
          }))}
        />
        <label className="choice choice-target">
          <input
            type="checkbox"
            checked={form.public}
            onChange={(event) => set('public')(event.target.checked)}
          />
          <span>{t('field.public')}</span>
        </label>
      </section>

      <section className="editor-section" aria-labelledby="section-texts">
        <h2 id="section-texts">{t('section.texts')}</h2>
        <BilingualField
          path="title"
          label={t('field.title')}
          value={form.title}
          onChange={set('title')}
        />
        <BilingualField
          path="summary"
          label={t('field.summary')}
          multiline
          value={form.summary}
          onChange={set('summary')}
        />
        <BilingualField
          path="background"
          label={t('field.background')}
          hint={t('field.backgroundHint')}
          multiline
          rows={8}
          value={form.background}
          onChange={set('background')}
        />
        <BilingualField
          path="nameAndPronoun"
          label={t('field.nameAndPronoun')}
          hint={t('field.nameAndPronounHint')}
          optional
          value={form.nameAndPronoun}
          onChange={set('nameAndPronoun')}
        />
        {form.kind === 'petition' && (
          <BilingualField
            path="petitionText"
            label={t('field.petitionText')}
            hint={t('field.petitionTextHint')}
            multiline
            value={form.petitionText}
            onChange={set('petitionText')}
          />
        )}
      </section>

      <section className="editor-section" aria-labelledby="section-targets">
        <h2 id="section-targets">{t('section.targets')}</h2>
        <TargetsEditor targets={form.targets} onChange={set('targets')} />
      </section>

      <section className="editor-section" aria-labelledby="section-letter" id="case-sampleLetter">
        <h2 id="section-letter">{t('section.letter')}</h2>
        <p className="hint">
          {t('field.placeholders', {
            list: placeholderList,
            interpolation: { escapeValue: false },
          })}
        </p>
        <BilingualField
          path="sampleLetter.subject"
          paths={{ en: 'sampleLetter.en.subject', es: 'sampleLetter.es.subject' }}
          label={t('field.subject')}
          value={letterPart('subject')}
          onChange={setLetter('subject')}
        />
        <BilingualField
          path="sampleLetter.body"
          paths={{ en: 'sampleLetter.en.body', es: 'sampleLetter.es.body' }}
          label={t('field.body')}
          multiline
          rows={14}
          value={letterPart('body')}
          onChange={setLetter('body')}
        />
      </section>

      <section className="editor-section" aria-labelledby="section-more">
        <h2 id="section-more">{t('section.more')}</h2>
        <BilingualField
          path="callScript"
          label={t('field.callScript')}
          multiline
          optional
          value={form.callScript}
          onChange={set('callScript')}
        />
        <BilingualField
          path="socialPost"
          label={t('field.socialPost')}
          multiline
          optional
          value={form.socialPost}
          onChange={set('socialPost')}
        />
      </section>

      <section className="editor-section" aria-labelledby="section-sources">
        <h2 id="section-sources">{t('section.sources')}</h2>
        <SourcesEditor sources={form.sources} onChange={set('sources')} />
      </section>

      <section className="editor-section" aria-labelledby="section-updates">
        <h2 id="section-updates">{t('section.updates')}</h2>
        <UpdatesEditor updates={form.updates} today={today} onChange={set('updates')} />
      </section>

      <section className="editor-section" aria-labelledby="section-status">
        <h2 id="section-status">{t('section.status')}</h2>
        <ChoiceGroup
          path="status"
          legend={t('field.status')}
          value={form.status}
          onChange={(status) =>
            change((current) => ({
              ...current,
              status,
              closedOn: status === 'closed' && !current.closedOn ? today : current.closedOn,
            }))
          }
          options={CASE_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
          hint={<p className="hint">{t(`field.statusHint.${form.status}`)}</p>}
        />
        {form.status === 'closed' && (
          <>
            <TextField
              path="closedOn"
              label={t('field.closedOn')}
              type="date"
              value={form.closedOn}
              onChange={set('closedOn')}
            />
            <BilingualField
              path="outcome"
              label={t('field.outcome')}
              hint={t('field.outcomeHint')}
              value={form.outcome}
              onChange={set('outcome')}
            />
          </>
        )}
      </section>
    </>
  );
}
