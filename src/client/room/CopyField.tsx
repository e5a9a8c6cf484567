/** A link to hand on, read-only, with a Copy button. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function CopyField({ value, label }: { value: string; label?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <p className="soc-copy">
      {label && (
        <label className="soc-visually-hidden" htmlFor={id}>
          {label}
        </label>
      )}
      <input id={id} readOnly value={value} aria-label={label ? undefined : value} onFocus={(e) => e.target.select()} />
      <button
        type="button"
        className="soc-button soc-button--quiet"
        onClick={() => {
          void navigator.clipboard?.writeText(value).then(
            () => setCopied(true),
            () => setCopied(false),
          );
        }}
      >
        {copied ? t('lobby.copied') : t('lobby.copy')}
      </button>
    </p>
  );
}
