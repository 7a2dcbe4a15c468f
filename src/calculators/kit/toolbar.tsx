/**
 * Reset and Copy link for every calculator, and the notices for values the page address
 * held that were refused (described, never echoed: a 100 KB value stays out of the page).
 */
import { useState } from 'preact/hooks';
import type { Calculator } from './calculator';
import { fieldOf } from './spec';
import { urlFor } from './url-state';
import './toolbar.css';

export function UrlNotices({ calc }: { calc: Calculator }) {
  if (calc.notices.length === 0) return null;
  return (
    <div class="calc-notice" role="status">
      {calc.notices.map((n) => {
        const field = fieldOf(calc.spec, n.key);
        return (
          <p key={n.key}>
            The page address gave “{field.kind === 'state' ? field.name : field.label}” {n.problem}, so it was ignored and the default is shown.
          </p>
        );
      })}
    </div>
  );
}

export function Toolbar({ calc }: { calc: Calculator }) {
  const [status, setStatus] = useState<{ text: string; link?: string } | undefined>(undefined);
  const copy = async () => {
    const url = urlFor(calc.spec, window.location.href, calc.state, calc.defaults);
    if (calc.anchor) url.hash = calc.anchor;
    const missing = calc.offUrl.length > 0 ? ' Some values are too long for a link and are not in it.' : '';
    try {
      await navigator.clipboard.writeText(url.href);
      setStatus({ text: `Link copied.${missing}` });
    } catch {
      // No clipboard (an insecure page, or permission refused): offer the link to copy by hand.
      setStatus({ text: `Copy this link:${missing}`, link: url.href });
    }
  };
  return (
    <div class="calc-toolbar">
      <button
        type="button"
        onClick={() => {
          calc.reset();
          setStatus({ text: 'Reset to the starting values.' });
        }}
      >
        Reset
      </button>
      <button type="button" onClick={copy}>
        Copy link
      </button>
      <p class="calc-toolbar-status" role="status">
        {status?.text}
        {status?.link && (
          <input
            class="calc-toolbar-link"
            type="text"
            readOnly
            value={status.link}
            aria-label="Link to this calculator's settings"
            onFocus={(e) => e.currentTarget.select()}
          />
        )}
      </p>
    </div>
  );
}
