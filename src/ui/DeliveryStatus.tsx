import { useTranslation } from 'react-i18next';
import type { OutboxState } from '../db/rows';
import { DeliveredIcon, NeedsAttentionIcon, SavedOnPhoneIcon } from './deliveryIcons';
import './deliveryStatus.css';

const ICONS = {
  pending: SavedOnPhoneIcon,
  sent: DeliveredIcon,
  rejected: NeedsAttentionIcon,
} as const;

const LABEL_KEYS = {
  pending: 'delivery.saved',
  sent: 'delivery.delivered',
  rejected: 'delivery.rejected',
} as const;

/** Where one record stands, in words, an icon and a colour, so no one cue carries it alone. */
export function DeliveryStatus({ state }: { state: OutboxState }) {
  const { t } = useTranslation();
  const Icon = ICONS[state];
  return (
    <span className={`delivery-status delivery-status-${state}`}>
      <Icon />
      {t(LABEL_KEYS[state])}
    </span>
  );
}
