/** Lower case, no diacritics, no punctuation, single spaces: "Moje požadavky!" → "moje pozadavky". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/[^\p{L}\p{N}?]+/gu, ' ').replace(/\s+/gu, ' ').trim();
}
