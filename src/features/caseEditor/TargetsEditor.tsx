import { useTranslation } from 'react-i18next';
import { SOCIAL_NETWORKS } from '../../domain/case';
import { emptyTarget, type TargetForm } from '../../domain/caseForm';
import { fieldId } from './caseProblemText';
import { patchAt } from './listItems';
import { BilingualField, GroupProblem, TextField } from './EditorFields';

/** A short name no other target of the case has yet, so drafts can keep pointing at each one. */
function freshTargetId(targets: readonly TargetForm[]): string {
  const taken = new Set(targets.map((target) => target.id));
  let number = targets.length + 1;
  while (taken.has(`target-${number}`)) number += 1;
  return `target-${number}`;
}

export function TargetsEditor({
  targets,
  onChange,
}: {
  targets: TargetForm[];
  onChange: (targets: TargetForm[]) => void;
}) {
  const { t } = useTranslation('caseEditor');
  const setTarget = (index: number, patch: Partial<TargetForm>) =>
    onChange(patchAt(targets, index, patch));

  return (
    <>
      <GroupProblem path="targets" />
      {targets.map((target, index) => {
        const path = `targets.${index}`;
        const number = index + 1;
        return (
          <fieldset key={index} className="editor-item" id={fieldId(path)}>
            <legend>{t('field.target', { number })}</legend>
            <GroupProblem path={path} />
            <BilingualField
              path={`${path}.name`}
              label={t('field.name')}
              value={target.name}
              onChange={(name) => setTarget(index, { name })}
            />
            <BilingualField
              path={`${path}.role`}
              label={t('field.role')}
              value={target.role}
              onChange={(role) => setTarget(index, { role })}
            />
            <BilingualField
              path={`${path}.salutation`}
              label={t('field.salutation')}
              hint={t('field.salutationHint')}
              value={target.salutation}
              onChange={(salutation) => setTarget(index, { salutation })}
            />
            <BilingualField
              path={`${path}.otherSalutations`}
              label={t('field.otherSalutations')}
              hint={t('field.otherSalutationsHint')}
              multiline
              rows={2}
              optional
              value={target.otherSalutations}
              onChange={(otherSalutations) => setTarget(index, { otherSalutations })}
            />
            <BilingualField
              path={`${path}.paragraph`}
              label={t('field.targetParagraph')}
              hint={t('field.targetParagraphHint', { placeholder: '{{targetParagraph}}' })}
              multiline
              rows={3}
              optional
              value={target.paragraph}
              onChange={(paragraph) => setTarget(index, { paragraph })}
            />
            <TextField
              path={`${path}.postalAddress`}
              label={t('field.postalAddress')}
              hint={t('field.postalAddressHint')}
              multiline
              rows={4}
              optional
              value={target.postalAddress}
              onChange={(postalAddress) => setTarget(index, { postalAddress })}
            />
            <TextField
              path={`${path}.email`}
              label={t('field.email')}
              type="email"
              optional
              value={target.email}
              onChange={(email) => setTarget(index, { email })}
            />
            <TextField
              path={`${path}.phone`}
              label={t('field.phone')}
              hint={t('field.phoneHint')}
              type="tel"
              optional
              value={target.phone}
              onChange={(phone) => setTarget(index, { phone })}
            />
            <TextField
              path={`${path}.fax`}
              label={t('field.fax')}
              type="tel"
              optional
              value={target.fax}
              onChange={(fax) => setTarget(index, { fax })}
            />
            <TextField
              path={`${path}.contactFormUrl`}
              label={t('field.contactFormUrl')}
              type="url"
              optional
              value={target.contactFormUrl}
              onChange={(contactFormUrl) => setTarget(index, { contactFormUrl })}
            />
            <TextField
              path={`${path}.lookupUrl`}
              label={t('field.lookupUrl')}
              type="url"
              optional
              value={target.lookupUrl}
              onChange={(lookupUrl) => setTarget(index, { lookupUrl })}
            />
            <SocialHandlesEditor
              path={`${path}.social`}
              handles={target.social}
              onChange={(social) => setTarget(index, { social })}
            />
            <TextField
              path={`${path}.id`}
              label={t('field.targetId')}
              value={target.id}
              onChange={(id) => setTarget(index, { id })}
            />
            {targets.length > 1 && (
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => onChange(targets.filter((_, i) => i !== index))}
              >
                {t('field.removeTarget', { number })}
              </button>
            )}
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button button-secondary"
        onClick={() => onChange([...targets, emptyTarget(freshTargetId(targets))])}
      >
        {t('field.addTarget')}
      </button>
    </>
  );
}

function SocialHandlesEditor({
  path,
  handles,
  onChange,
}: {
  path: string;
  handles: TargetForm['social'];
  onChange: (handles: TargetForm['social']) => void;
}) {
  const { t } = useTranslation('caseEditor');
  const { t: tCases } = useTranslation('cases');
  const setHandle = (index: number, patch: Partial<TargetForm['social'][number]>) =>
    onChange(patchAt(handles, index, patch));
  return (
    <fieldset className="editor-subgroup">
      <legend>
        {t('field.social')} <span className="field-optional">{t('editor.optional')}</span>
      </legend>
      {handles.map((handle, index) => {
        const itemPath = `${path}.${index}`;
        const selectId = fieldId(`${itemPath}.network`);
        return (
          <div key={index} className="social-row">
            <div className="field">
              <label htmlFor={selectId}>{t('field.network')}</label>
              <select
                id={selectId}
                value={handle.network}
                onChange={(event) => setHandle(index, { network: event.target.value })}
              >
                {SOCIAL_NETWORKS.map((network) => (
                  <option key={network} value={network}>
                    {tCases(`social.${network}`)}
                  </option>
                ))}
              </select>
            </div>
            <TextField
              path={`${itemPath}.handle`}
              label={t('field.handle')}
              value={handle.handle}
              onChange={(value) => setHandle(index, { handle: value })}
            />
            <TextField
              path={`${itemPath}.url`}
              label={t('field.url')}
              type="url"
              value={handle.url}
              onChange={(url) => setHandle(index, { url })}
            />
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => onChange(handles.filter((_, i) => i !== index))}
            >
              {t('field.removeSocial')}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => onChange([...handles, { network: 'x', handle: '', url: '' }])}
      >
        {t('field.addSocial')}
      </button>
    </fieldset>
  );
}
