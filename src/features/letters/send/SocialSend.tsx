import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SocialHandle } from '../../../domain/case';
import { buildSocialPost, SOCIAL_POST_MAX_LENGTH } from '../../../domain/socialPost';
import { ExternalLinkIcon } from '../../../ui/icons';
import { ClipboardFallback } from './ClipboardFallback';
import { copyToClipboard } from '../../../ui/copyToClipboard';
import { CopyIcon } from './sendIcons';

// Counted in code points, as the networks count: an accented letter is one character.
function postLength(text: string): number {
  return Array.from(text).length;
}

interface SocialPostEditorProps {
  handle: SocialHandle;
  message: string;
  onPosted: () => void;
}

/** One post to one handle: the case's words, which the member may shorten or make their own. */
function SocialPostEditor({ handle, message: initialMessage, onPosted }: SocialPostEditorProps) {
  const { t } = useTranslation('letters', { keyPrefix: 'send' });
  const { t: tCommon } = useTranslation('common');
  const [message, setMessage] = useState(initialMessage);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const fieldId = useId();
  const countId = useId();
  const network = t(`networks.${handle.network}`);

  // The handle is not part of the editable text so it cannot be lost while editing; the limit
  // counts it, because the network does.
  const text = `${handle.handle} ${message.trim()}`;
  const length = postLength(text);
  const over = length - SOCIAL_POST_MAX_LENGTH;
  const post = over > 0 ? null : buildSocialPost(handle, message);

  async function copyPost() {
    if (!post) return;
    setCopy((await copyToClipboard(post.text)) ? 'copied' : 'failed');
  }

  return (
    <li className="social-post">
      <label htmlFor={fieldId}>{t('social.postLabel', { handle: handle.handle, network })}</label>
      <p className="hint">{t('social.handleHint', { handle: handle.handle })}</p>
      <textarea
        id={fieldId}
        rows={5}
        value={message}
        aria-describedby={countId}
        aria-invalid={over > 0}
        onChange={(event) => {
          setMessage(event.target.value);
          setCopy('idle');
        }}
      />
      <p id={countId} className={over > 0 ? 'social-count social-count--over' : 'social-count'}>
        {t('social.count', { length, max: SOCIAL_POST_MAX_LENGTH })}
      </p>
      {over > 0 && (
        <p role="alert" className="send-error">
          {t('social.tooLong', { count: over })}
        </p>
      )}
      {post?.intentUrl && (
        <a
          className="button send-action"
          href={post.intentUrl}
          target="_blank"
          rel="noopener noreferrer"
          onClick={onPosted}
        >
          {t('social.postOn', { network })}
          <ExternalLinkIcon />
          <span className="visually-hidden"> {tCommon('opensInNewTab')}</span>
        </a>
      )}
      {post && !post.intentUrl && (
        <div className="send-row">
          <button
            type="button"
            className="button send-button-secondary"
            onClick={() => void copyPost()}
          >
            <CopyIcon />
            {t('social.copy')}
          </button>
          <a
            className="button send-action"
            href={handle.url}
            target="_blank"
            rel="noopener noreferrer"
            onClick={onPosted}
          >
            {t('social.openProfile', { handle: handle.handle, network })}
            <ExternalLinkIcon />
            <span className="visually-hidden"> {tCommon('opensInNewTab')}</span>
          </a>
        </div>
      )}
      {copy === 'copied' && (
        <p role="status" className="send-done">
          {t('social.copied')}
        </p>
      )}
      {copy === 'failed' && post && (
        <ClipboardFallback text={post.text} instructions={t('social.copyFailed')} />
      )}
    </li>
  );
}

export function SocialSend({
  handles,
  message,
  onPosted,
}: {
  handles: readonly SocialHandle[];
  message: string;
  onPosted: () => void;
}) {
  const { t } = useTranslation('letters', { keyPrefix: 'send' });
  return (
    <li className="send-channel">
      <h3>{t('social.title')}</h3>
      <ul className="social-posts">
        {handles.map((handle) => (
          <SocialPostEditor
            key={handle.url}
            handle={handle}
            message={message}
            onPosted={onPosted}
          />
        ))}
      </ul>
    </li>
  );
}
