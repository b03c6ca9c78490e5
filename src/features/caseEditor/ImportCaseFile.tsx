import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseSchema } from '../../domain/case';
import { caseProblemsFrom, type CaseProblem } from '../../domain/caseProblems';
import { JsonFileInput } from '../../ui/JsonFileInput';
import { fieldLabel, problemMessage } from './caseProblemText';

type ImportProblem = { file: string; notJson: true } | { file: string; problems: CaseProblem[] };

/** Reads a case file, checks it with the case schema and says, field by field, what is wrong. */
export function ImportCaseFile({
  onImport,
}: {
  onImport: (item: ReturnType<typeof caseSchema.parse>) => void;
}) {
  const { t } = useTranslation('caseEditor');
  const id = useId();
  const [problem, setProblem] = useState<ImportProblem | null>(null);

  async function read(file: File) {
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      setProblem({ file: file.name, notJson: true });
      return;
    }
    const parsed = caseSchema.safeParse(json);
    if (!parsed.success) {
      setProblem({ file: file.name, problems: caseProblemsFrom(parsed.error) });
      return;
    }
    setProblem(null);
    onImport(parsed.data);
  }

  return (
    <div className="field">
      <label htmlFor={id}>{t('list.import')}</label>
      <p className="field-hint" id={`${id}-hint`}>
        {t('list.importHint')}
      </p>
      <JsonFileInput id={id} describedBy={`${id}-hint`} onPick={(file) => void read(file)} />
      {problem && (
        <div className="form-problem" role="alert">
          {'notJson' in problem ? (
            <p>{t('list.importNotJson', { file: problem.file })}</p>
          ) : (
            <>
              <p>{t('list.importProblems', { file: problem.file })}</p>
              <ul>
                {problem.problems.map((entry) => (
                  <li key={entry.path}>
                    {t('summary.field', {
                      field: fieldLabel(entry.path, t),
                      message: problemMessage(entry, t),
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
