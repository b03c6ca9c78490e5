import type { TFunction } from 'i18next';
import type { CoordinatorFailure } from '../../sync/coordinatorApi';
import type { GroupAdminFailure } from '../../sync/groupAdminApi';

export function describeCoordinatorFailure(
  t: TFunction<'coordinator'>,
  failure: CoordinatorFailure | GroupAdminFailure,
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
    case 'revoked':
      return t('errors.revoked');
    case 'refused':
      return t('errors.refused', { message: failure.message });
  }
}
