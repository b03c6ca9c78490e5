import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Case } from '../../domain/case';
import { DeliveryStatus } from '../../ui/DeliveryStatus';
import { useOwnSignature } from './useOwnSignature';

/**
 * The way from an open petition's page to signing it on this phone; once the member has signed it
 * here, what became of their signature instead.
 */
export function SignPetitionLink({ theCase }: { theCase: Case }) {
  if (theCase.kind !== 'petition' || theCase.status !== 'open') return null;
  return <SignPetitionAction caseId={theCase.id} />;
}

function SignPetitionAction({ caseId }: { caseId: string }) {
  const { t } = useTranslation('stall');
  const signature = useOwnSignature(caseId);
  if (signature === undefined) return null;
  if (signature) {
    return (
      <p>
        <span>{t('own.link.signed')}</span> <DeliveryStatus state={signature.state} />
      </p>
    );
  }
  return (
    <Link href={`/cases/${encodeURIComponent(caseId)}/sign`} className="button">
      {t('own.link.sign')}
    </Link>
  );
}
