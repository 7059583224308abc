import { MAX_TEXT_CHARS } from '@parley/sdk/protocol';
import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import type { Translate } from './types.ts';

export interface ComposerProps {
  onSend: (text: string) => void;
  onTyping: (typing: boolean) => void;
  t: Translate;
  inputRef?: Ref<HTMLTextAreaElement>;
}

/** Show the remaining-characters hint when this close to the limit. */
const WARN_AT = 200;

/** Message box: Enter sends, Shift+Enter adds a line; never longer than the protocol allows. */
export function Composer({ onSend, onTyping, t, inputRef }: ComposerProps) {
  const [text, setText] = useState('');
  const remaining = MAX_TEXT_CHARS - text.length;

  const update = (value: string) => {
    const next = value.slice(0, MAX_TEXT_CHARS);
    if (!text !== !next) onTyping(next.length > 0);
    setText(next);
  };
  const submit = () => {
    const message = text.trim();
    if (!message) return;
    onSend(message);
    setText('');
    onTyping(false);
  };

  return (
    <form
      class="composer"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label class="sr" for="parley-input">
        {t('composer.label')}
      </label>
      <textarea
        id="parley-input"
        ref={inputRef}
        rows={1}
        dir="auto"
        value={text}
        maxLength={MAX_TEXT_CHARS}
        placeholder={t('composer.placeholder')}
        aria-describedby={remaining <= WARN_AT ? 'parley-remaining' : undefined}
        onInput={(event) => update(event.currentTarget.value)}
        onKeyDown={(event) => {
          // keyCode 229: an IME (Chinese, Japanese, Thai…) is still composing; Enter confirms the word.
          if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
            event.preventDefault();
            submit();
          }
        }}
      />
      {remaining <= WARN_AT && (
        <span id="parley-remaining" class="remaining">
          {t('composer.remaining', { count: remaining })}
        </span>
      )}
      <button type="submit" class="send" aria-label={t('composer.send')}>
        <svg viewBox="0 0 24 24" aria-hidden="true">
          <path d="M3 20.5 21 12 3 3.5v6.6l12 1.9-12 1.9z" />
        </svg>
      </button>
    </form>
  );
}
