/** Lower-case and strip diacritics: "Nováková" → "novakova". Used for UPNs and diacritics-insensitive search. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}
