import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useMembership } from '../group';
import { CoordinatorOnly } from './CoordinatorOnly';
import { GroupNameForm } from './GroupNameForm';
import '../../ui/forms.css';
import './coordinator.css';

const SECTIONS = [
  { key: 'cases', href: '/group/cases' },
  { key: 'activity', href: '/group/activity' },
  { key: 'devices', href: '/group/devices' },
  { key: 'deliver', href: '/group/deliver' },
  { key: 'codes', href: '/group/codes' },
  { key: 'signups', href: '/group/signups' },
] as const;

/** The coordinator's one place for running the group; each part is its own screen. */
export function GroupAreaPage() {
  return (
    <CoordinatorOnly>
      <GroupArea />
    </CoordinatorOnly>
  );
}

function GroupArea() {
  const { t } = useTranslation('coordinator');
  const membership = useMembership()?.membership;
  const groupName = membership?.groupName ?? '';
  useDocumentTitle(t('area.heading'));
  return (
    <div className="page group-area-page">
      <h1>{t('area.heading')}</h1>
      <p className="hint">{t('area.intro', { group: groupName })}</p>
      <ul className="area-sections">
        {SECTIONS.map(({ key, href }) => (
          <li key={key} className="area-section">
            <h2>
              <Link href={href}>{t(`area.sections.${key}.title`)}</Link>
            </h2>
            <p>{t(`area.sections.${key}.text`)}</p>
          </li>
        ))}
      </ul>
      {membership && <GroupNameForm current={membership.groupName} />}
    </div>
  );
}
