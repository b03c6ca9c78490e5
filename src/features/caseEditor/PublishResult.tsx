import { useTranslation } from 'react-i18next';
import type { PublishState } from './usePublishCase';

/** What happened to the last attempt to publish, said where the Publish button is. */
export function PublishResult({ state }: { state: PublishState }) {
  const { t } = useTranslation('caseEditor');
  let text = '';
  if (state.step === 'offline') text = t('publish.offline');
  if (state.step === 'problems' && state.fromServer) text = t('publish.serverProblems');
  if (state.step === 'failed') {
    const messages = {
      'not-joined': () => t('publish.notJoined'),
      'not-authorized': () => t('publish.notAuthorized', { message: state.message }),
      'rate-limited': () => t('publish.rateLimited'),
      'server-error': () => t('publish.serverError', { status: state.status ?? '' }),
      refused: () => t('publish.refused', { message: state.message }),
    } as const;
    text = messages[state.reason]();
  }
  return (
    <p className="publish-result" role="alert">
      {text}
    </p>
  );
}
