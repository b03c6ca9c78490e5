import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceSummary } from '../../domain/groupAdminProtocol';
import { fetchDevices, renameDevice, revokeDevice } from '../../sync/groupAdminApi';
import { useDatabase } from '../../ui/DatabaseContext';
import { formatMoment, formatRelativeTime } from '../../ui/relativeTime';
import { useUiLanguage } from '../../ui/useUiLanguage';
import { AreaPage } from './AreaPage';
import { describeCoordinatorFailure } from './coordinatorFailure';

export function DevicesPage() {
  const { t } = useTranslation('coordinator');
  return (
    <AreaPage title={t('devices.heading')}>
      <Devices />
    </AreaPage>
  );
}

type Loaded =
  | { step: 'loading' }
  | { step: 'ready'; devices: DeviceSummary[] }
  | { step: 'failed'; text: string };

/** Every phone that joined the group; a lost or passed-on one can be removed at once. */
function Devices() {
  const { t } = useTranslation('coordinator');
  const database = useDatabase();
  const [loaded, setLoaded] = useState<Loaded>({ step: 'loading' });
  const [result, setResult] = useState('');

  useEffect(() => {
    let current = true;
    void fetchDevices(database).then((outcome) => {
      if (!current) return;
      setLoaded(
        outcome.ok
          ? { step: 'ready', devices: outcome.devices }
          : { step: 'failed', text: describeCoordinatorFailure(t, outcome) },
      );
    });
    return () => {
      current = false;
    };
  }, [database, t]);

  function replace(device: DeviceSummary) {
    setLoaded((current) =>
      current.step === 'ready'
        ? { ...current, devices: current.devices.map((d) => (d.id === device.id ? device : d)) }
        : current,
    );
  }

  return (
    <>
      <p className="hint">{t('devices.intro')}</p>
      <p className="area-result" role="status">
        {result}
      </p>
      {loaded.step === 'loading' && <p>{t('devices.loading')}</p>}
      {loaded.step === 'failed' && (
        <p className="form-problem" role="alert">
          {loaded.text}
        </p>
      )}
      {loaded.step === 'ready' && (
        <ul className="device-list">
          {loaded.devices.map((device) => (
            <DeviceItem
              key={device.id}
              device={device}
              onChanged={(changed, text) => {
                replace(changed);
                setResult(text);
              }}
              onFailed={setResult}
            />
          ))}
        </ul>
      )}
    </>
  );
}

function DeviceItem({
  device,
  onChanged,
  onFailed,
}: {
  device: DeviceSummary;
  onChanged: (device: DeviceSummary, text: string) => void;
  onFailed: (text: string) => void;
}) {
  const { t } = useTranslation('coordinator');
  const language = useUiLanguage();
  const database = useDatabase();
  const id = useId();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(device.name);
  const [problem, setProblem] = useState('');
  const [working, setWorking] = useState(false);

  async function saveName(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!name.trim()) {
      setProblem(t('devices.nameMissing'));
      return;
    }
    setWorking(true);
    const outcome = await renameDevice(database, device.id, name.trim());
    setWorking(false);
    if (outcome.ok) {
      setRenaming(false);
      setProblem('');
      onChanged(outcome.device, t('devices.renamed', { name: outcome.device.name }));
    } else {
      // The new name stays in the box, so nothing typed is lost.
      setProblem(describeCoordinatorFailure(t, outcome));
    }
  }

  async function revoke() {
    if (!window.confirm(t('devices.revokeConfirm', { name: device.name }))) return;
    setWorking(true);
    const outcome = await revokeDevice(database, device.id);
    setWorking(false);
    if (outcome.ok) onChanged(outcome.device, t('devices.revoked', { name: device.name }));
    else onFailed(describeCoordinatorFailure(t, outcome));
  }

  return (
    <li className={`device${device.revokedAt ? ' device-revoked' : ''}`}>
      <h2 className="device-name">
        {device.name}
        {device.current && <span className="device-badge">{t('devices.thisDevice')}</span>}
      </h2>
      <dl className="fact-list">
        <div>
          <dt>{t('devices.role')}</dt>
          <dd>{t(`devices.roleName.${device.role}`)}</dd>
        </div>
        <div>
          <dt>{t('devices.joined')}</dt>
          <dd>{formatMoment(device.joinedAt, language)}</dd>
        </div>
        <div>
          <dt>{t('devices.lastSync')}</dt>
          <dd>
            {device.lastSyncAt
              ? formatRelativeTime(device.lastSyncAt, new Date(), language)
              : t('devices.neverSynced')}
          </dd>
        </div>
        {device.revokedAt && (
          <div>
            <dt>{t('devices.removed')}</dt>
            <dd>{formatMoment(device.revokedAt, language)}</dd>
          </div>
        )}
      </dl>
      {renaming ? (
        <form className="device-rename" noValidate onSubmit={(event) => void saveName(event)}>
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('devices.newName')}</label>
            {problem && (
              <p id={`${id}-problem`} className="field-error">
                {problem}
              </p>
            )}
            <input
              id={`${id}-name`}
              type="text"
              maxLength={80}
              value={name}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${id}-problem` : undefined}
              onChange={(event) => setName(event.target.value)}
            />
          </div>
          <div className="button-row">
            <button type="submit" className="button" disabled={working}>
              {t('devices.saveName')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setRenaming(false);
                setName(device.name);
                setProblem('');
              }}
            >
              {t('devices.cancel')}
            </button>
          </div>
        </form>
      ) : (
        !device.revokedAt && (
          <div className="button-row">
            <button
              type="button"
              className="button button-secondary"
              aria-label={t('devices.renameNamed', { name: device.name })}
              onClick={() => setRenaming(true)}
            >
              {t('devices.rename')}
            </button>
            {!device.current && (
              <button
                type="button"
                className="button button-danger"
                disabled={working}
                aria-label={t('devices.revokeNamed', { name: device.name })}
                onClick={() => void revoke()}
              >
                {t('devices.revoke')}
              </button>
            )}
          </div>
        )
      )}
    </li>
  );
}
