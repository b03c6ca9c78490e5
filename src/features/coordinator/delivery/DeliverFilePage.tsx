import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  parseUndeliveredFile,
  type UndeliveredFile,
  type UndeliveredFileProblem,
} from '../../../domain/undeliveredFile';
import { deliverSavedRecords, type SavedRecordsDelivery } from '../../../sync/groupAdminApi';
import { useDatabase } from '../../../ui/DatabaseContext';
import { useMembership } from '../../group';
import { AreaPage } from '../AreaPage';
import { DeliveryContents } from './DeliveryContents';
import { DeliveryResult } from './DeliveryResult';
import { JsonFileInput } from '../../../ui/JsonFileInput';

export function DeliverFilePage() {
  const { t } = useTranslation('coordinator');
  return (
    <AreaPage title={t('deliver.heading')}>
      <DeliverFile />
    </AreaPage>
  );
}

/** Files larger than this were not written by a phone's Activity tab; reading one would stall it. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

type FileProblem = UndeliveredFileProblem | { problem: 'other-group' } | { problem: 'too-big' };

type Chosen =
  { name: string; file: UndeliveredFile } | { name: string; problem: FileProblem } | null;

type Delivery =
  { step: 'idle' } | { step: 'sending'; sent: number } | ({ step: 'done' } & SavedRecordsDelivery);

/**
 * "Deliver a file from a phone": the records a phone saved because it could not reach the server
 * (offline for weeks, or removed from the group) go to the server from here. The file is checked
 * and shown before anything is sent; delivering it again is harmless, as the server stores each
 * record once.
 */
function DeliverFile() {
  const { t } = useTranslation('coordinator');
  const database = useDatabase();
  const groupId = useMembership()?.membership?.groupId;
  const id = useId();
  const [chosen, setChosen] = useState<Chosen>(null);
  const [delivery, setDelivery] = useState<Delivery>({ step: 'idle' });

  async function read(picked: File) {
    setDelivery({ step: 'idle' });
    if (picked.size > MAX_FILE_BYTES) {
      setChosen({ name: picked.name, problem: { problem: 'too-big' } });
      return;
    }
    const parsed = parseUndeliveredFile(await picked.text());
    if (!parsed.ok) {
      setChosen({ name: picked.name, problem: parsed });
    } else if (parsed.file.groupId && groupId && parsed.file.groupId !== groupId) {
      // Another group's records would count in this group's totals, and its sign-ups are sealed to
      // a key this group does not hold.
      setChosen({ name: picked.name, problem: { problem: 'other-group' } });
    } else {
      setChosen({ name: picked.name, file: parsed.file });
    }
  }

  async function deliver(file: UndeliveredFile) {
    setDelivery({ step: 'sending', sent: 0 });
    const outcome = await deliverSavedRecords(database, file.items, {
      onProgress: (sent) => setDelivery({ step: 'sending', sent }),
    });
    setDelivery({ step: 'done', ...outcome });
  }

  const file = chosen && 'file' in chosen ? chosen.file : null;
  return (
    <>
      <p className="hint">{t('deliver.intro')}</p>
      <div className="field">
        <label htmlFor={id}>{t('deliver.file')}</label>
        <p className="field-hint" id={`${id}-hint`}>
          {t('deliver.fileHint')}
        </p>
        <JsonFileInput
          id={id}
          describedBy={`${id}-hint`}
          disabled={delivery.step === 'sending'}
          onPick={(picked) => void read(picked)}
        />
      </div>
      {chosen && 'problem' in chosen && (
        <div className="form-problem" role="alert">
          <p>{problemText(t, chosen.name, chosen.problem)}</p>
          <p>{t('deliver.problem.nothingLost')}</p>
        </div>
      )}
      {file && (
        <DeliveryContents
          file={file}
          name={chosen?.name ?? ''}
          sending={delivery.step === 'sending' ? delivery.sent : null}
          onDeliver={() => void deliver(file)}
        />
      )}
      {file && delivery.step === 'done' && (
        <DeliveryResult items={file.items} results={delivery.results} failure={delivery.failure} />
      )}
    </>
  );
}

function problemText(
  t: ReturnType<typeof useTranslation<'coordinator'>>['t'],
  name: string,
  problem: FileProblem,
): string {
  switch (problem.problem) {
    case 'not-json':
      return t('deliver.problem.notJson', { file: name });
    case 'not-undelivered':
      return t('deliver.problem.notUndelivered', { file: name });
    case 'newer-version':
      return t('deliver.problem.newerVersion', { file: name });
    case 'damaged':
      return t('deliver.problem.damaged', { file: name, detail: problem.detail });
    case 'other-group':
      return t('deliver.problem.otherGroup', { file: name });
    case 'too-big':
      return t('deliver.problem.tooBig', { file: name });
  }
}
