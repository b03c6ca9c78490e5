import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseProblem } from '../../domain/caseProblems';
import { fieldId, fieldLabel, fieldPathOf, problemMessage } from './caseProblemText';

/** The problems at the top of the editor, each a link that takes the coordinator to its field. */
export const ProblemSummary = forwardRef<HTMLDivElement, { problems: readonly CaseProblem[] }>(
  function ProblemSummary({ problems }, ref) {
    const { t } = useTranslation('caseEditor');
    if (problems.length === 0) return null;
    return (
      <div className="form-problem" role="alert" tabIndex={-1} ref={ref}>
        <p>{t('summary.heading', { count: problems.length })}</p>
        <ul>
          {problems.map((problem) => {
            const field = fieldPathOf(problem.path);
            return (
              <li key={problem.path}>
                <a
                  href={`#${fieldId(field)}`}
                  onClick={(event) => {
                    const target = document.getElementById(fieldId(field));
                    if (!target) return;
                    event.preventDefault();
                    target.scrollIntoView?.({ block: 'center' });
                    target.focus({ preventScroll: true });
                  }}
                >
                  {t('summary.field', {
                    field: fieldLabel(problem.path, t),
                    message: problemMessage(problem, t),
                  })}
                </a>
              </li>
            );
          })}
        </ul>
      </div>
    );
  },
);
