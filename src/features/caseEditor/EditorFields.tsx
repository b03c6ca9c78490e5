import { createContext, useContext, useId, type ChangeEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseProblem } from '../../domain/caseProblems';
import type { BilingualText } from '../../domain/caseForm';
import { fieldId, fieldPathOf, problemMessage } from './caseProblemText';

/** The problems of the last check, by the editor field they belong to. */
export const ProblemsContext = createContext<ReadonlyMap<string, CaseProblem>>(new Map());

export function problemsByField(problems: readonly CaseProblem[]): Map<string, CaseProblem> {
  const byField = new Map<string, CaseProblem>();
  for (const problem of problems) {
    const field = fieldPathOf(problem.path);
    if (!byField.has(field)) byField.set(field, problem);
  }
  return byField;
}

function useFieldProblem(path: string): string | null {
  const { t } = useTranslation('caseEditor');
  const problem = useContext(ProblemsContext).get(path);
  return problem ? problemMessage(problem, t) : null;
}

interface TextFieldProps {
  /** The field's path in the case: its id, and where its problems are found. */
  path: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'email' | 'url' | 'tel' | 'date';
  lang?: string;
  optional?: boolean;
  className?: string;
}

export function TextField({
  path,
  label,
  hint,
  value,
  onChange,
  multiline = false,
  rows = 3,
  type = 'text',
  lang,
  optional = false,
  className,
}: TextFieldProps) {
  const { t } = useTranslation('caseEditor');
  const id = fieldId(path);
  const error = useFieldProblem(path);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  const common = {
    id,
    value,
    lang,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      onChange(event.target.value),
  };
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>
        {label}
        {optional && <span className="field-optional"> {t('editor.optional')}</span>}
      </label>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      <p className="field-error" id={errorId}>
        {error ?? ''}
      </p>
      {multiline ? <textarea rows={rows} {...common} /> : <input type={type} {...common} />}
    </div>
  );
}

interface BilingualFieldProps {
  path: string;
  label: string;
  hint?: string;
  value: BilingualText;
  onChange: (value: BilingualText) => void;
  multiline?: boolean;
  rows?: number;
  optional?: boolean;
  /** Where each language's text sits in the case, when not at `path.en` / `path.es`. */
  paths?: { en: string; es: string };
}

/** One text in English and Spanish side by side (one above the other on a phone). */
export function BilingualField({
  path,
  label,
  hint,
  value,
  onChange,
  multiline,
  rows,
  optional,
  paths = { en: `${path}.en`, es: `${path}.es` },
}: BilingualFieldProps) {
  const { t } = useTranslation('caseEditor');
  const hintId = useId();
  return (
    <fieldset className="bilingual" aria-describedby={hint ? hintId : undefined}>
      <legend>
        {label}
        {optional && <span className="field-optional"> {t('editor.optional')}</span>}
      </legend>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      <div className="bilingual-pair">
        <TextField
          path={paths.en}
          label={t('editor.english')}
          lang="en"
          value={value.en}
          multiline={multiline}
          rows={rows}
          onChange={(en) => onChange({ ...value, en })}
        />
        <TextField
          path={paths.es}
          label={t('editor.spanish')}
          lang="es"
          value={value.es}
          multiline={multiline}
          rows={rows}
          onChange={(es) => onChange({ ...value, es })}
        />
      </div>
    </fieldset>
  );
}

/** A group's own problem (a target without any channel) shown above its fields. */
export function GroupProblem({ path }: { path: string }) {
  const error = useFieldProblem(path);
  return (
    <p className="field-error" id={`${fieldId(path)}-error`}>
      {error ?? ''}
    </p>
  );
}

export function ChoiceGroup<Value extends string>({
  path,
  legend,
  options,
  value,
  onChange,
  hint,
}: {
  path: string;
  legend: string;
  options: readonly { value: Value; label: string }[];
  value: Value;
  onChange: (value: Value) => void;
  hint?: ReactNode;
}) {
  const name = useId();
  const error = useFieldProblem(path);
  return (
    <fieldset className="choice-group" id={fieldId(path)}>
      <legend>{legend}</legend>
      <p className="field-error">{error ?? ''}</p>
      {options.map((option) => (
        <label key={option.value} className="choice choice-target">
          <input
            type="radio"
            name={name}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
      {hint}
    </fieldset>
  );
}
