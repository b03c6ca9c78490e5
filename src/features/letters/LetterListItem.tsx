import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { Case } from '../../domain/case';
import { localDate } from '../../domain/deadline';
import type { Draft } from '../../db/rows';
import { useDatabase } from '../../ui/DatabaseContext';
import { formatCalendarDate } from '../../domain/calendarDate';
import { useUiLanguage } from '../../ui/useUiLanguage';
import { copyDraftForTarget } from './copyDraftForTarget';
import { formatLastEdit } from './formatLastEdit';

interface LetterListItemProps {
  draft: Draft;
  theCase: Case | null;
  onDelete: (draft: Draft, name: string, message: string) => Promise<void>;
}

/** One letter in the Letters tab: who it is to, its language and state, and what can be done. */
export function LetterListItem({ draft, theCase, onDelete }: LetterListItemProps) {
  const { t } = useTranslation('letters');
  const uiLanguage = useUiLanguage();
  const target = theCase?.targets.find((candidate) => candidate.id === draft.targetId);
  const name = target ? target.name[uiLanguage] : t('list.unknownTarget');
  const lastEdit = formatLastEdit(draft.updatedAt, new Date(), uiLanguage);
  const sent = draft.sentAt && draft.channel;
  const others = theCase?.targets.filter((candidate) => candidate.id !== draft.targetId) ?? [];

  return (
    <li className="letter-item">
      <h3>{t('list.to', { name })}</h3>
      <p className="letter-meta">
        <span>{t('list.language', { language: t(`languageName.${draft.language}`) })}</span>
        <span>
          {lastEdit.kind === 'justNow'
            ? t('list.editedJustNow')
            : lastEdit.kind === 'relative'
              ? t('list.edited', { when: lastEdit.text })
              : t('list.editedOn', { date: lastEdit.text })}
        </span>
      </p>
      <p className={`letter-state ${sent ? 'letter-state-sent' : 'letter-state-draft'}`}>
        {draft.sentAt && draft.channel
          ? t('list.sent', {
              channel: t(`channel.${draft.channel}`),
              date: formatCalendarDate(localDate(new Date(draft.sentAt)), uiLanguage),
            })
          : t('list.draft')}
      </p>
      <div className="letter-actions">
        <Link
          href={`/letters/${draft.id}`}
          className="button button-small"
          aria-label={sent ? t('list.openNamed', { name }) : t('list.resumeNamed', { name })}
        >
          {sent ? t('list.open') : t('list.resume')}
        </Link>
        <button
          type="button"
          className="button button-secondary button-small"
          aria-label={t('list.deleteNamed', { name })}
          onClick={() => void onDelete(draft, name, t('list.deleted', { name }))}
        >
          {t('list.delete')}
        </button>
      </div>
      {theCase && target && others.length > 0 && (
        <CopyForAnotherTarget draft={draft} theCase={theCase} name={name} />
      )}
    </li>
  );
}

function CopyForAnotherTarget({
  draft,
  theCase,
  name,
}: {
  draft: Draft;
  theCase: Case;
  name: string;
}) {
  const { t } = useTranslation('letters');
  const uiLanguage = useUiLanguage();
  const database = useDatabase();
  const [, navigate] = useLocation();
  const id = useId();
  const others = theCase.targets.filter((candidate) => candidate.id !== draft.targetId);
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState(others[0]?.id ?? '');

  const makeCopy = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const from = theCase.targets.find((candidate) => candidate.id === draft.targetId);
    const to = others.find((candidate) => candidate.id === chosen);
    if (!from || !to) return;
    const copy = copyDraftForTarget(draft, theCase, from, to, new Date());
    await database.drafts.add(copy);
    navigate(`/letters/${copy.id}`);
  };

  return (
    <div className="letter-copy">
      <button
        type="button"
        className="button button-secondary button-small"
        aria-expanded={open}
        aria-controls={`${id}-copy`}
        aria-label={t('list.copyNamed', { name })}
        onClick={() => setOpen((current) => !current)}
      >
        {t('list.copy')}
      </button>
      <form id={`${id}-copy`} hidden={!open} onSubmit={(e) => void makeCopy(e)}>
        <fieldset className="choice-group">
          <legend>{t('list.copyTarget')}</legend>
          {others.map((option) => (
            <label key={option.id} className="choice choice-target">
              <input
                type="radio"
                name={`${id}-target`}
                value={option.id}
                checked={option.id === chosen}
                onChange={() => setChosen(option.id)}
              />
              <span>
                <span className="choice-title">{option.name[uiLanguage]}</span>
                <span className="choice-detail">{option.role[uiLanguage]}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="letter-actions">
          <button type="submit" className="button button-small">
            {t('list.copyConfirm')}
          </button>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => setOpen(false)}
          >
            {t('list.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
