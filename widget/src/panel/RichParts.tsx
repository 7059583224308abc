import type { Card, LinkAction } from '@parley/sdk/protocol';
import { ExternalLink } from './Markdown.tsx';
import type { Translate } from './types.ts';

/** Link buttons under a message. */
export function Actions({ actions, t }: { actions: readonly LinkAction[]; t: Translate }) {
  if (actions.length === 0) return null;
  return (
    <div class="actions">
      {actions.map((action) => (
        <ExternalLink key={action.url} url={action.url} t={t} class="action">
          {action.label}
        </ExternalLink>
      ))}
    </div>
  );
}

/** Cards under a message; today one kind, the broker's fee table. */
export function Cards({ cards, t }: { cards: readonly Card[]; t: Translate }) {
  return (
    <>
      {cards.map((card, i) => (
        <div class="card" key={i}>
          <table class="fees">
            <caption>{card.title ?? t('fees.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fees.product')}</th>
                <th scope="col">{t('fees.fee')}</th>
              </tr>
            </thead>
            <tbody>
              {card.rows.map((row) => (
                <tr key={row.product}>
                  <th scope="row" dir="auto">
                    {row.product}
                  </th>
                  <td dir="auto">
                    {row.fee}
                    {row.note && <small>{row.note}</small>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {card.url && (
            <ExternalLink url={card.url} t={t} class="action">
              {card.title ?? t('fees.title')}
            </ExternalLink>
          )}
        </div>
      ))}
    </>
  );
}
