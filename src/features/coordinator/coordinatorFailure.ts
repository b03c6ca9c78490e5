import type { TFunction } from 'i18next';
import type { CoordinatorFailure } from '../../sync/coordinatorApi';

export function describeCoordinatorFailure(
  t: TFunction<'coordinator'>,
  failure: CoordinatorFailure,
): string {
  switch (failure.reason) {
    case 'not-joined':
      return t('errors.notJoined');
    // 401: the token is gone; 403: it belongs to a member's phone. Either way only a
    // coordinator's phone may do this.
    case 'not-authorized':
      return t('errors.notCoordinator');
    case 'unreachable':
    case 'rate-limited':
    case 'server-error':
      return t('errors.unreachable');
    case 'refused':
      return t('errors.refused', { message: failure.message });
  }
}
