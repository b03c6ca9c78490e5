import { useTranslation } from 'react-i18next';
import { emptySource, type SourceForm, type UpdateForm } from '../../domain/caseForm';
import { fieldId } from './caseProblemText';
import { patchAt } from './listItems';
import { BilingualField, ChoiceGroup, GroupProblem, TextField } from './EditorFields';
import { LANGUAGES } from '../../domain/language';

export function SourcesEditor({
  sources,
  onChange,
}: {
  sources: SourceForm[];
  onChange: (sources: SourceForm[]) => void;
}) {
  const { t } = useTranslation('caseEditor');
  const setSource = (index: number, patch: Partial<SourceForm>) =>
    onChange(patchAt(sources, index, patch));
  return (
    <>
      <GroupProblem path="sources" />
      {sources.map((source, index) => {
        const path = `sources.${index}`;
        const number = index + 1;
        return (
          <fieldset key={index} className="editor-item" id={fieldId(path)}>
            <legend>{t('field.source', { number })}</legend>
            <TextField
              path={`${path}.title`}
              label={t('field.sourceTitle')}
              value={source.title}
              onChange={(title) => setSource(index, { title })}
            />
            <ChoiceGroup
              path={`${path}.language`}
              legend={t('field.sourceLanguage')}
              options={LANGUAGES.map((language) => ({
                value: language,
                label: t(`field.languageName.${language}`),
              }))}
              value={source.language}
              onChange={(language) => setSource(index, { language })}
            />
            <TextField
              path={`${path}.publisher`}
              label={t('field.publisher')}
              value={source.publisher}
              onChange={(publisher) => setSource(index, { publisher })}
            />
            <TextField
              path={`${path}.publishedOn`}
              label={t('field.publishedOn')}
              type="date"
              optional
              value={source.publishedOn}
              onChange={(publishedOn) => setSource(index, { publishedOn })}
            />
            <TextField
              path={`${path}.url`}
              label={t('field.url')}
              type="url"
              optional
              value={source.url}
              onChange={(url) => setSource(index, { url })}
            />
            {sources.length > 1 && (
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => onChange(sources.filter((_, i) => i !== index))}
              >
                {t('field.removeSource', { number })}
              </button>
            )}
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button button-secondary"
        onClick={() => onChange([...sources, emptySource()])}
      >
        {t('field.addSource')}
      </button>
    </>
  );
}

/** Updates newest first, as members read them; a new one starts dated today at the top. */
export function UpdatesEditor({
  updates,
  today,
  onChange,
}: {
  updates: UpdateForm[];
  today: string;
  onChange: (updates: UpdateForm[]) => void;
}) {
  const { t } = useTranslation('caseEditor');
  const setUpdate = (index: number, patch: Partial<UpdateForm>) =>
    onChange(patchAt(updates, index, patch));
  return (
    <>
      <button
        type="button"
        className="button button-secondary"
        onClick={() =>
          onChange([
            { date: today, title: { en: '', es: '' }, text: { en: '', es: '' } },
            ...updates,
          ])
        }
      >
        {t('field.addUpdate')}
      </button>
      {updates.map((update, index) => {
        const path = `updates.${index}`;
        const number = index + 1;
        return (
          <fieldset key={index} className="editor-item" id={fieldId(path)}>
            <legend>{t('field.update', { number })}</legend>
            <TextField
              path={`${path}.date`}
              label={t('field.date')}
              type="date"
              value={update.date}
              onChange={(date) => setUpdate(index, { date })}
            />
            <BilingualField
              path={`${path}.title`}
              label={t('field.updateTitle')}
              value={update.title}
              onChange={(title) => setUpdate(index, { title })}
            />
            <BilingualField
              path={`${path}.text`}
              label={t('field.updateText')}
              multiline
              value={update.text}
              onChange={(text) => setUpdate(index, { text })}
            />
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => onChange(updates.filter((_, i) => i !== index))}
            >
              {t('field.removeUpdate', { number })}
            </button>
          </fieldset>
        );
      })}
    </>
  );
}
