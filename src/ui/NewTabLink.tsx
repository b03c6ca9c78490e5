import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ExternalLinkIcon } from './icons';

/**
 * A link to another site that opens in a new tab, so Carta (and a half-read case) stays where it
 * was. `noopener noreferrer` keeps the other site from reaching back into this page.
 */
export function NewTabLink({
  href,
  className,
  children,
}: {
  href: string;
  className?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <a href={href} className={className} target="_blank" rel="noopener noreferrer">
      {children}
      <ExternalLinkIcon />
      <span className="visually-hidden"> {t('opensInNewTab')}</span>
    </a>
  );
}
