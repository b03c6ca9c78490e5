import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useActivityTab } from '../features/activity';
import { CasesIcon, EnvelopeIcon, MenuIcon, SettingsIcon, StallIcon } from '../ui/icons';
import { useBottomNavLayout } from './useBottomNavLayout';
import { useFocusClearOfBottomBar } from './useFocusClearOfBottomBar';

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
  const navRef = useRef<HTMLElement>(null);
  const listId = useId();
  // The path the menu was opened on: any navigation closes it, since the next screen is what the
  // member asked for.
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const menuOpen = menuOpenOn === path;
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
  const layout = useBottomNavLayout(
    navRef,
    tabs.map((tab) => tab.label),
  );
  const compact = layout === 'menu';
  useFocusClearOfBottomBar(navRef);
  const currentTab = tabs.find((tab) => path === tab.href || tab.section(path));

  return (
    <nav
      ref={navRef}
      className={`bottom-nav${compact ? ' bottom-nav-compact' : layout === 'rows' ? ' bottom-nav-rows' : ''}`}
      aria-label={t('nav.label')}
    >
      {compact && (
        <button
          type="button"
          className="bottom-nav-menu"
          aria-expanded={menuOpen}
          aria-controls={listId}
          onClick={() => setMenuOpenOn(menuOpen ? null : path)}
        >
          <MenuIcon />
          <span>{t('nav.menu')}</span>
          {currentTab && <span className="bottom-nav-current">{currentTab.label}</span>}
        </button>
      )}
      <ul id={listId} hidden={compact && !menuOpen}>
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
