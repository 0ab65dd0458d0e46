import { MAX_ANALYSED_CHARS } from './text-normalizer.js';

/**
 * Plain text from what a user pasted: HTML tags and Markdown markup removed or neutralised, so the
 * text can be quoted in an Adaptive Card (which renders a Markdown subset) or a ticket without
 * being interpreted. Text content is kept ("<b>tiskárna</b> **nejde**" → "tiskárna nejde").
 */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function sanitizeText(input: string, maxChars: number = MAX_ANALYSED_CHARS * 4): string {
  let text = input.length > maxChars ? input.slice(0, maxChars) : input;
  text = text
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/giu, ' ')
    .replace(/<!--[\s\S]*?-->/gu, ' ')
    .replace(/<br\s*\/?>|<\/(?:p|div|li|tr|h\d)>/giu, '\n')
    .replace(/<\/?[a-z][^>]*>/giu, ' ')
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/giu, (whole, name: string) => decodeEntity(whole, name));
  text = stripMarkdown(text);
  return text
    .replace(/[<>]/gu, (c) => (c === '<' ? '‹' : '›'))
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/gu, ' ')
    .replace(/[ \t]+/gu, ' ')
    .replace(/\s*\n\s*/gu, '\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

function stripMarkdown(text: string): string {
  return text
    .replace(/```[^\n]*\n?([\s\S]*?)```/gu, '$1')
    .replace(/!\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/gu, '$1')
    .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gmu, '')
    .replace(/^\s*(?:[-*_]\s*){3,}$/gmu, '')
    .replace(/(\*{1,3}|_{2,3}|~~|`+)(\S(?:[\s\S]*?\S)?)\1/gu, '$2')
    .replace(/(^|[^\p{L}\p{N}_])_(\S(?:[^_\n]*?\S)?)_(?![\p{L}\p{N}_])/gu, '$1$2')
    .replace(/[*`~|]/gu, ' ')
    .replace(/\[|\]/gu, ' ');
}

function decodeEntity(whole: string, name: string): string {
  if (name.startsWith('#')) {
    const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 31 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
  }
  return ENTITIES[name.toLowerCase()] ?? whole;
}
