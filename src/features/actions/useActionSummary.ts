import { useTranslation } from 'react-i18next';
import { cachedIntlFormatter } from '../../domain/intlFormatterCache';
import { intlLocale } from '../../domain/language';
import { useUiLanguage } from '../../ui/useUiLanguage';
import { ACTION_TYPES, type ActionType } from '../../domain/actionTypes';

type Counts = Partial<Record<ActionType | 'signups', number>>;

/** "2 letters and 1 email" / "2 cartas y 1 correo electrónico", in the protocol's type order. */
export function useActionSummary(): (counts: Counts) => string {
  const { t } = useTranslation('actions');
  const language = useUiLanguage();
  const list = cachedIntlFormatter(
    `conjunction:${language}`,
    () => new Intl.ListFormat(intlLocale(language), { type: 'conjunction' }),
  );
  return (counts) =>
    list.format(
      ACTION_TYPES.flatMap((type) => {
        const count = counts[type];
        return count ? [t(`count.${type}`, { count })] : [];
      }),
    );
}
