import { MAX_CSAT_COMMENT_CHARS } from '@parley/sdk/protocol';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChatClient } from '../connection/connection.ts';
import type { Translate } from './types.ts';

const SCORES = [1, 2, 3, 4, 5] as const;

/**
 * After a person closed the conversation: a 1–5 rating as native radio buttons (arrow keys move
 * between them), an optional comment, then a thank-you that takes focus.
 */
export function Rating({ client, t }: { client: Pick<ChatClient, 'rate'>; t: Translate }) {
  const [score, setScore] = useState<number | undefined>(undefined);
  const [comment, setComment] = useState('');
  const [phase, setPhase] = useState<'editing' | 'sending' | 'sent' | 'failed'>('editing');
  const thanks = useRef<HTMLParagraphElement>(null);
  // The form the customer was in is gone: put focus on what replaced it.
  useEffect(() => {
    if (phase === 'sent') thanks.current?.focus();
  }, [phase]);

  const submit = async () => {
    if (score === undefined || phase === 'sending') return;
    setPhase('sending');
    try {
      // A duplicate means this conversation was rated already: the customer is thanked all the same.
      await client.rate(score, comment.trim() || undefined);
      setPhase('sent');
    } catch {
      setPhase('failed');
    }
  };

  if (phase === 'sent') {
    return (
      <p class="card rating done" role="status" tabIndex={-1} ref={thanks}>
        {t('rating.thanks')}
      </p>
    );
  }
  return (
    <form
      class="card rating"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <fieldset>
        <legend>{t('rating.legend')}</legend>
        <div class="scores">
          {SCORES.map((value) => (
            <label key={value}>
              <input type="radio" name="parley-score" value={value} checked={score === value} onChange={() => setScore(value)} />
              <span aria-hidden="true">{value}</span>
              <span class="sr">{t('rating.score', { score: value })}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label for="parley-rating-comment">{t('rating.comment')}</label>
      <textarea
        id="parley-rating-comment"
        rows={2}
        dir="auto"
        maxLength={MAX_CSAT_COMMENT_CHARS}
        value={comment}
        onInput={(event) => setComment(event.currentTarget.value)}
      />
      <p class="alert" role="alert">
        {phase === 'failed' ? t('error.generic') : ''}
      </p>
      <button type="submit" class="action" disabled={score === undefined || phase === 'sending'}>
        {t('rating.send')}
      </button>
    </form>
  );
}
