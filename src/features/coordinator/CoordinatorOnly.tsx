import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MessageScreen } from '../../ui/MessageScreen';
import { useMembership } from '../group';

/** Running the group is the coordinator's: a member's phone that finds the address is told so. */
export function CoordinatorOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation('coordinator');
  const view = useMembership();
  if (view === undefined) return null;
  if (view.membership?.role !== 'coordinator') {
    return (
      <MessageScreen
        title={t('onlyCoordinator.title')}
        text={t('onlyCoordinator.text')}
        backLabel={t('onlyCoordinator.back')}
      />
    );
  }
  return <>{children}</>;
}
