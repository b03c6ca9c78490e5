import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { renderAppeal } from '../../domain/appeal';
import type { Case, Target } from '../../domain/case';
import type { Language } from '../../domain/language';
import type { Draft } from '../../db/rows';
import { draftLetterDate } from './retargetDraft';

/** Wide enough for the letter and its reading copy side by side (matches letters.css). */
export const SIDE_BY_SIDE_QUERY = '(min-width: 48rem)';

interface ReadingCopyProps {
  theCase: Case;
  target: Target;
  draft: Draft;
  /** The language the member reads: the screens' language. */
  language: Language;
}

interface ReadingCopyPlacement extends ReadingCopyProps {
  /** Beside the letter (always shown) rather than above it behind a toggle. */
  sideBySide: boolean;
}

/**
 * The case's letter in the member's own language, so someone who reads no Spanish knows what they
 * are signing. Always beside the letter on a wide screen; behind a toggle on a phone, where two
 * columns would be too narrow to read.
 */
export function ReadingCopy({ sideBySide, ...props }: ReadingCopyPlacement) {
  const { t } = useTranslation('letters');
  const [open, setOpen] = useState(false);
  const id = useId();
  const languageName = t(`languageName.${props.language}`);

  if (sideBySide) return <ReadingCopyText {...props} id={id} />;
  return (
    <div className="reading-copy-toggle">
      <button
        type="button"
        className="button button-secondary button-small"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((current) => !current)}
      >
        {open ? t('readingCopy.hide') : t('readingCopy.show', { language: languageName })}
      </button>
      <ReadingCopyText {...props} id={id} hidden={!open} />
    </div>
  );
}

function ReadingCopyText({
  theCase,
  target,
  draft,
  language,
  id,
  hidden = false,
}: ReadingCopyProps & { id: string; hidden?: boolean }) {
  const { t } = useTranslation('letters');
  const copy = renderAppeal({
    theCase,
    target,
    language,
    sender: draft.sender,
    date: draftLetterDate(draft),
  });
  const own = draft.ownParagraph.trim();
  return (
    <section id={id} className="reading-copy" aria-labelledby={`${id}-heading`} hidden={hidden}>
      <h2 id={`${id}-heading`}>
        {t('readingCopy.heading', { language: t(`languageName.${language}`) })}
      </h2>
      <p className="hint">
        {t('readingCopy.intro', {
          language: t(`languageName.${language}`),
          letterLanguage: t(`languageName.${draft.language}`),
        })}
      </p>
      <div lang={language}>
        <p className="reading-copy-subject">{copy.subject}</p>
        <p className="letter-text">{copy.body}</p>
      </div>
      {own && (
        <div className="reading-copy-own">
          <h3>{t('readingCopy.ownHeading')}</h3>
          <p className="hint">{t('readingCopy.ownNote')}</p>
          <p className="letter-text">{draft.ownParagraph}</p>
        </div>
      )}
    </section>
  );
}
