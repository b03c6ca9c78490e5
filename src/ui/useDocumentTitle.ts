import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Names the browser tab and the app switcher entry after the page, so they tell screens apart. */
export function useDocumentTitle(page: string | undefined): void {
  const { t } = useTranslation();
  const title = page ? t('documentTitle', { page }) : t('appName');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
