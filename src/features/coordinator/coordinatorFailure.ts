import type { TFunction } from 'i18next';
import type { CoordinatorFailure } from '../../sync/coordinatorApi';

export function describeCoordinatorFailure(
  t: TFunction<'coordinator'>,
  failure: CoordinatorFailure,
): string {
  switch (failure.reason) {
    case 'not-joined':
      return t('errors.notJoined');
    case 'not-coordinator':
      return t('errors.notCoordinator');
    case 'unreachable':
      return t('errors.unreachable');
    case 'refused':
      return t('errors.refused', { message: failure.message });
  }
}
