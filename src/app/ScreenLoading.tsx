import { useTranslation } from 'react-i18next';

/** Shown for the moment a screen's code is still arriving, so a slow phone never shows a blank page. */
export function ScreenLoading() {
  const { t } = useTranslation();
  return (
    <p className="page" role="status">
      {t('loading')}
    </p>
  );
}
