import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { GROUP_NAME_MAX_CHARS } from '../../domain/groupAdminProtocol';
import { renameGroup } from '../../sync/groupAdminApi';
import { useDatabase } from '../../ui/DatabaseContext';
import { describeCoordinatorFailure } from './coordinatorFailure';

/**
 * The group's name as every member's phone shows it, in sentences of both languages: the name a
 * server starts with is a placeholder the coordinator is expected to replace.
 */
export function GroupNameForm({ current }: { current: string }) {
  const { t } = useTranslation('coordinator');
  const database = useDatabase();
  const id = useId();
  const [name, setName] = useState(current);
  const [problem, setProblem] = useState('');
  const [result, setResult] = useState('');
  const [saving, setSaving] = useState(false);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = name.trim();
    setResult('');
    if (!trimmed) {
      setProblem(t('groupName.missing'));
      return;
    }
    setSaving(true);
    const outcome = await renameGroup(database, trimmed);
    setSaving(false);
    if (outcome.ok) {
      setProblem('');
      setName(outcome.name);
      setResult(t('groupName.saved', { name: outcome.name }));
    } else {
      // What was typed stays in the box, to try again.
      setProblem(describeCoordinatorFailure(t, outcome));
    }
  }

  return (
    <section className="area-block" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('groupName.heading')}</h2>
      <form noValidate onSubmit={(event) => void save(event)}>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('groupName.label')}</label>
          <p id={`${id}-hint`} className="field-hint">
            {t('groupName.hint')}
          </p>
          {problem && (
            <p id={`${id}-problem`} className="field-error" role="alert">
              {problem}
            </p>
          )}
          <input
            id={`${id}-name`}
            type="text"
            maxLength={GROUP_NAME_MAX_CHARS}
            value={name}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-hint ${id}-problem` : `${id}-hint`}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button" disabled={saving}>
            {saving ? t('groupName.saving') : t('groupName.save')}
          </button>
        </div>
        <p className="area-result" role="status">
          {result}
        </p>
      </form>
    </section>
  );
}
