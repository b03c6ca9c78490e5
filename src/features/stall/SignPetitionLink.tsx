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
  // The case page's own words: the stall's would be a download for every case page first opened.
  const { t } = useTranslation('cases');
  const signature = useOwnSignature(caseId);
  if (signature === undefined) return null;
  if (signature) {
    return (
      <p>
        <span>{t('signPetition.signed')}</span> <DeliveryStatus state={signature.state} />
      </p>
    );
  }
  return (
    <Link href={`/cases/${encodeURIComponent(caseId)}/sign`} className="button">
      {t('signPetition.sign')}
    </Link>
  );
}
