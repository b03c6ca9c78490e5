import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useActivityTab } from '../features/activity';
import { CasesIcon, EnvelopeIcon, SettingsIcon, StallIcon } from '../ui/icons';

interface Tab {
  href: string;
  label: string;
  icon: ReactNode;
  /** Replaces the label for screen readers when the tab says more than its word (a badge). */
  ariaLabel?: string;
  /** Deeper pages that belong to this tab, so it stays highlighted on them. */
  section: (path: string) => boolean;
}

// Only tabs whose screens exist: a tab that leads to "coming soon" wastes a tap at a street stall.
export function BottomNav() {
  const { t } = useTranslation();
  const [path] = useLocation();
  const activityTab = useActivityTab();
  const tabs: Tab[] = [
    {
      href: '/',
      label: t('nav.cases'),
      icon: <CasesIcon />,
      section: (p) => p.startsWith('/cases/'),
    },
    {
      href: '/letters',
      label: t('nav.letters'),
      icon: <EnvelopeIcon />,
      section: (p) => p.startsWith('/letters/'),
    },
    activityTab,
    {
      href: '/stall',
      label: t('nav.stall'),
      icon: <StallIcon />,
      section: (p) => p.startsWith('/stall/'),
    },
    { href: '/settings', label: t('nav.settings'), icon: <SettingsIcon />, section: () => false },
  ];

  return (
    <nav className="bottom-nav" aria-label={t('nav.label')}>
      <ul>
        {tabs.map((tab) => {
          const current = path === tab.href ? 'page' : tab.section(path) ? 'true' : undefined;
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                className="bottom-nav-link"
                aria-current={current}
                aria-label={tab.ariaLabel}
              >
                {tab.icon}
                <span>{tab.label}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
