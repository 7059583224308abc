import type { ComponentChildren } from 'preact';
import { linkDomain, parseMarkdown, type Inline } from './markdown.ts';
import type { Translate } from './types.ts';

/**
 * A link out of the widget: new tab, no `window.opener`, no referrer, and its domain visible, so a
 * message cannot disguise where a link goes.
 */
export function ExternalLink({ url, t, children, class: className }: { url: string; t: Translate; children: ComponentChildren; class?: string }) {
  return (
    <a href={url} target="_blank" rel="noopener noreferrer" class={className}>
      {children}
      <span class="domain"> ({linkDomain(url)})</span>
      <span class="sr">, {t('link.newTab')}</span>
    </a>
  );
}

function Inlines({ nodes, t }: { nodes: Inline[]; t: Translate }) {
  return (
    <>
      {nodes.map((node) => {
        switch (node.kind) {
          case 'text':
            return node.text;
          case 'strong':
            return (
              <strong>
                <Inlines nodes={node.children} t={t} />
              </strong>
            );
          case 'em':
            return (
              <em>
                <Inlines nodes={node.children} t={t} />
              </em>
            );
          case 'link':
            return (
              <ExternalLink url={node.url} t={t}>
                <Inlines nodes={node.children} t={t} />
              </ExternalLink>
            );
        }
      })}
    </>
  );
}

/** Message text with the markdown subset of `markdown.ts`, as Preact nodes (never innerHTML). */
export function Markdown({ text, t }: { text: string; t: Translate }) {
  return (
    <>
      {parseMarkdown(text).map((block, i) => {
        if (block.kind === 'p') {
          return (
            <p key={i}>
              {block.lines.map((line, j) => (
                <>
                  {j > 0 && <br />}
                  <Inlines nodes={line} t={t} />
                </>
              ))}
            </p>
          );
        }
        const List = block.kind;
        return (
          <List key={i}>
            {block.items.map((item, j) => (
              <li key={j}>
                <Inlines nodes={item} t={t} />
              </li>
            ))}
          </List>
        );
      })}
    </>
  );
}
