import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { BackIcon } from '../../ui/icons';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { CoordinatorOnly } from './CoordinatorOnly';
import '../../ui/forms.css';
import './coordinator.css';

/** One screen of the coordinator area: the way back to the area, its heading, and its content. */
export function AreaPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <CoordinatorOnly>
      <AreaPageFrame title={title}>{children}</AreaPageFrame>
    </CoordinatorOnly>
  );
}

function AreaPageFrame({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation('coordinator');
  useDocumentTitle(title);
  return (
    <div className="page group-area-page">
      <Link href="/group" className="back-link">
        <BackIcon />
        {t('area.heading')}
      </Link>
      <h1>{title}</h1>
      {children}
    </div>
  );
}
