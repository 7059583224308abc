import type { QuickReply } from '@parley/sdk/protocol';
import type { Translate } from './types.ts';

/** Suggested answers under the last bot message; tapping one sends its text. */
export function QuickReplies({ replies, onPick, t }: { replies: readonly QuickReply[]; onPick: (text: string) => void; t: Translate }) {
  if (replies.length === 0) return null;
  return (
    <div class="replies" role="group" aria-label={t('quickReplies')}>
      {replies.map((reply) => (
        <button type="button" key={reply.label} dir="auto" onClick={() => onPick(reply.text)}>
          {reply.label}
        </button>
      ))}
    </div>
  );
}
