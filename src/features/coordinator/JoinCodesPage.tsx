import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEVICE_ROLES, type DeviceRole } from '../../domain/syncProtocol';
import { rotateCode } from '../../sync/groupAdminApi';
import { copyToClipboard } from '../../ui/copyToClipboard';
import { useDatabase } from '../../ui/DatabaseContext';
import { useMembership } from '../group';
import { AreaPage } from './AreaPage';
import { describeCoordinatorFailure } from './coordinatorFailure';
import { JoinSheet } from './JoinSheet';

export function JoinCodesPage() {
  const { t } = useTranslation('coordinator');
  return (
    <AreaPage title={t('codes.heading')}>
      <JoinCodes />
    </AreaPage>
  );
}

/** The link a join sheet's QR code opens; the code rides in the fragment, never sent to a server. */
function joinLinkFor(serverUrl: string, code: string): string {
  return `${serverUrl.replace(/\/+$/, '')}/join#code=${encodeURIComponent(code)}`;
}

/**
 * New codes for the group. The server keeps only a hash, so a code is shown here once, when it is
 * made; phones already in the group are not affected by a new code.
 */
function JoinCodes() {
  const { t } = useTranslation('coordinator');
  const database = useDatabase();
  const membership = useMembership()?.membership;
  const [codes, setCodes] = useState<Partial<Record<DeviceRole, string>>>({});
  const [problem, setProblem] = useState('');
  const [working, setWorking] = useState<DeviceRole | null>(null);

  async function rotate(role: DeviceRole) {
    if (!window.confirm(t(`codes.confirm.${role}`))) return;
    setWorking(role);
    setProblem('');
    const outcome = await rotateCode(database, role);
    setWorking(null);
    if (outcome.ok) setCodes((current) => ({ ...current, [role]: outcome.code }));
    else setProblem(describeCoordinatorFailure(t, outcome));
  }

  const memberCode = codes.member;
  const serverUrl = membership?.serverUrl ?? window.location.origin;

  return (
    <>
      <p className="hint">{t('codes.intro')}</p>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      {DEVICE_ROLES.map((role) => (
        <CodeBlock
          key={role}
          role={role}
          code={codes[role] ?? null}
          joinLink={codes[role] ? joinLinkFor(serverUrl, codes[role]) : null}
          working={working === role}
          onRotate={() => void rotate(role)}
        />
      ))}
      {memberCode && (
        <section className="area-block" aria-labelledby="print-heading">
          <h2 id="print-heading">{t('codes.sheetHeading')}</h2>
          <p>{t('codes.sheetIntro')}</p>
          <button type="button" className="button" onClick={() => window.print()}>
            {t('codes.print')}
          </button>
          <JoinSheet
            groupName={membership?.groupName ?? ''}
            joinLink={joinLinkFor(serverUrl, memberCode)}
            serverUrl={serverUrl}
            code={memberCode}
          />
        </section>
      )}
    </>
  );
}

function CodeBlock({
  role,
  code,
  joinLink,
  working,
  onRotate,
}: {
  role: DeviceRole;
  code: string | null;
  joinLink: string | null;
  working: boolean;
  onRotate: () => void;
}) {
  const { t } = useTranslation('coordinator');
  const id = useId();
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);

  async function copy(text: string) {
    setCopied((await copyToClipboard(text)) ? 'copied' : 'failed');
  }

  return (
    <section className="area-block" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t(`codes.role.${role}.heading`)}</h2>
      <p>{t(`codes.role.${role}.text`)}</p>
      {code && joinLink ? (
        <div className="new-code">
          <p className="new-code-label">{t('codes.newCode')}</p>
          <p className="join-code" id={`${id}-code`}>
            {code}
          </p>
          <p className="hint">{t('codes.shownOnce')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              aria-describedby={`${id}-code`}
              onClick={() => void copy(code)}
            >
              {t('codes.copyCode')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => void copy(joinLink)}
            >
              {t('codes.copyLink')}
            </button>
          </div>
          <p className="area-result" role="status">
            {copied ? t(`codes.${copied}`) : ''}
          </p>
        </div>
      ) : (
        <button
          type="button"
          className="button button-secondary"
          disabled={working}
          onClick={onRotate}
        >
          {working ? t('codes.working') : t(`codes.role.${role}.rotate`)}
        </button>
      )}
    </section>
  );
}
