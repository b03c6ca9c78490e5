import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../ui/DatabaseContext';
import { downloadFile } from '../../ui/downloadFile';
import { listUndelivered, toPushItem } from '../../sync/outbox';

type Saved = { file: string; count: number } | 'failed' | null;

/**
 * "Save what has not been delivered": the records this phone holds and the server has not
 * confirmed, in a file the coordinator delivers from their own device. Writing the file changes
 * nothing here: only the server's answer, to this phone or to the coordinator's, delivers a record.
 */
export function SaveUndelivered({
  count,
  signUps,
  removed,
}: {
  /** Records waiting or refused, which the file will hold. */
  count: number;
  signUps: number;
  /** The coordinator removed this phone: the file is now its only way to the group. */
  removed: boolean;
}) {
  const { t } = useTranslation('activity');
  const database = useDatabase();
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<Saved>(null);

  async function save() {
    setSaving(true);
    setSaved(null);
    try {
      // The file's format comes with the schema library, which the first load leaves out.
      const [format, items, membership] = await Promise.all([
        import('../../domain/undeliveredFile'),
        listUndelivered(database),
        database.group.get('current'),
      ]);
      const now = new Date();
      const file = format.makeUndeliveredFile({
        items: items.map(toPushItem),
        exportedAt: now,
        deviceName: membership?.deviceName,
        groupId: membership?.groupId,
      });
      const name = format.undeliveredFileName(now);
      downloadFile(name, JSON.stringify(file, null, 2), 'application/json');
      setSaved({ file: name, count: items.length });
    } catch {
      setSaved('failed');
    } finally {
      setSaving(false);
    }
  }

  return (
    <section
      className={removed ? 'save-undelivered save-undelivered-removed' : 'save-undelivered'}
      aria-labelledby="save-undelivered-heading"
    >
      <h2 id="save-undelivered-heading">{t('undelivered.heading')}</h2>
      <p>{removed ? t('undelivered.introRemoved') : t('undelivered.intro')}</p>
      <p className="save-undelivered-keep">{t('undelivered.stays')}</p>
      {signUps > 0 && <p>{t('undelivered.sealed')}</p>}
      <button type="button" className="button" disabled={saving} onClick={() => void save()}>
        {saving ? t('undelivered.saving') : t('undelivered.save', { count })}
      </button>
      <p className="save-undelivered-result" role="status">
        {saved === 'failed'
          ? t('undelivered.failed')
          : saved
            ? t('undelivered.saved', { count: saved.count, file: saved.file })
            : ''}
      </p>
    </section>
  );
}
