/**
 * The small markdown subset bot and agent messages may use: **bold**, *italics* (or _italics_),
 * [links](https://…) and `- ` / `1. ` lists. Parsed into plain data that `Markdown.tsx` renders as
 * Preact nodes: nothing here ever becomes HTML, so `<b>` in a message shows as the characters `<b>`.
 */

/**
 * Only absolute http(s) URLs become links (the rule of the protocol's `HttpUrl`; repeated here
 * because importing the protocol's index into the panel costs ~6 KB gzip).
 */
export function isHttpUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong' | 'em'; children: Inline[] }
  | { kind: 'link'; url: string; children: Inline[] };

export type Block = { kind: 'p'; lines: Inline[][] } | { kind: 'ul' | 'ol'; items: Inline[][] };

// One alternative per construct; links first so `*` inside a URL is not read as emphasis.
const INLINE = /\[([^\]\n]+)\]\(([^()\s]+)\)|\*\*(?=\S)(.+?)\*\*|\*(?=\S)([^*\n]+?)\*|(?<![\p{L}\p{N}])_(?=\S)([^_\n]+?)_(?![\p{L}\p{N}])/u;

/**
 * Inline markup of one line. A link whose URL is not http(s) stays as its visible text only.
 * @example parseInline('see **fees**') // [{ kind: 'text', text: 'see ' }, { kind: 'strong', children: [...] }]
 */
export function parseInline(text: string, depth = 0): Inline[] {
  const out: Inline[] = [];
  let rest = text;
  while (rest) {
    const match = depth < 4 ? INLINE.exec(rest) : null;
    if (!match) {
      out.push({ kind: 'text', text: rest });
      break;
    }
    if (match.index > 0) out.push({ kind: 'text', text: rest.slice(0, match.index) });
    const [, label, url, strong, em, underscored] = match;
    if (label !== undefined && url !== undefined) {
      const children = parseInline(label, depth + 1);
      out.push(isHttpUrl(url) ? { kind: 'link', url, children } : { kind: 'text', text: label });
    } else if (strong !== undefined) out.push({ kind: 'strong', children: parseInline(strong, depth + 1) });
    else out.push({ kind: 'em', children: parseInline(em ?? underscored ?? '', depth + 1) });
    rest = rest.slice(match.index + match[0].length);
  }
  return out;
}

const BULLET = /^\s*[-*•]\s+/;
const NUMBERED = /^\s*\d{1,3}[.)]\s+/;

/**
 * Splits a message into paragraphs and lists. Consecutive `- ` lines form one list; blank lines
 * separate paragraphs; other line breaks are kept inside a paragraph.
 */
export function parseMarkdown(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  for (const line of text.split(/\r?\n/)) {
    const kind = BULLET.test(line) ? 'ul' : NUMBERED.test(line) ? 'ol' : line.trim() === '' ? 'blank' : 'p';
    if (kind === 'blank') {
      current = undefined;
      continue;
    }
    if (kind === 'p') {
      if (current?.kind !== 'p') blocks.push((current = { kind: 'p', lines: [] }));
      current.lines.push(parseInline(line));
    } else {
      if (current?.kind !== kind) blocks.push((current = { kind, items: [] }));
      current.items.push(parseInline(line.replace(kind === 'ul' ? BULLET : NUMBERED, '')));
    }
  }
  return blocks;
}

/** The host a link goes to, shown beside it so customers see where it leads (`www.` dropped). */
export function linkDomain(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
