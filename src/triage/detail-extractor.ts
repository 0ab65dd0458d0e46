/**
 * Ticket details found by pattern: office/room numbers, phone numbers and asset tags
 * (the asset tag pattern comes from config: `triage.assetTagPattern`).
 */
export interface PatternDetails { rooms: string[]; phones: string[]; assetTags: string[] }

/** "kancelář 214", "kanc. 3.12", "místnost č. 105", "zasedačka 2.14", "učebna 12", "dveře 12a", "room 214", "office B-12", "ve 112". */
const ROOM = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:kancel[aá][rř]\p{L}*|kanc\.?|kancl\p{L}*|m[ií]stnost\p{L}*|m[ií]st\.|zased[aá][cč]\p{L}*|u[cč]ebn\p{L}*|dve[rř]\p{L}*|dv\.|` +
  String.raw`room|office|rm\.?)\s*(?:[cč]\.|[cč]|no\.?|nr\.?|number|#)?\s*([a-z]?-?\d{1,4}(?:[./]\d{1,3})?[a-z]?)(?![\p{L}\p{N}])`,
  'giu',
);
/** "z kanceláře 214 do 118": the second room of a move. */
const ROOM_TO = /\bdo\s+(\d{3,4}[a-z]?)(?![\p{L}\p{N}])/giu;
/** "ve 112 nefunguje zásuvka": a bare 3–4 digit number after "v/ve", not a time or an amount. */
const ROOM_IN = /(?:^|[^\p{L}])ve?\s+(\d{3,4}[a-z]?)(?![\p{L}\p{N}]|\s*(?:h\b|hod|min|:|kč|kc|korun|x\b|%))/giu;
/** Czech numbers: +420 / 00420 prefix optional, 9 digits in groups of 3; internal lines after "linka/klapka/ext". */
const PHONE = /(?<![\p{N}+])(?:(?:\+|00)420[ ]?)?[1-9]\d{2}[ ]?\d{3}[ ]?\d{3}(?![\p{N}])/gu;
const EXTENSION = /(?:^|[^\p{L}])(?:klapk\p{L}*|link\p{L}*|lince|kl\.|ext\.?|extension)\s*(?:[cč]\.\s*)?(\d{3,5})(?![\p{N}])/giu;

export class DetailExtractor {
  private readonly assetTag: RegExp;

  constructor(assetTagPattern: string) {
    this.assetTag = new RegExp(assetTagPattern, 'giu');
  }

  extract(text: string): PatternDetails {
    const assetTags = unique([...text.matchAll(this.assetTag)].map((m) => m[0].toUpperCase()));
    const withoutTags = text.replace(this.assetTag, ' ');
    const rooms = unique([
      ...[...withoutTags.matchAll(ROOM)].map((m) => (m[1] ?? '').toUpperCase()),
      ...(/(?:kancel|m[ií]stnost|room|office)/iu.test(withoutTags)
        ? [...withoutTags.matchAll(ROOM_TO)].map((m) => (m[1] ?? '').toUpperCase()) : []),
      ...[...withoutTags.matchAll(ROOM_IN)].map((m) => (m[1] ?? '').toUpperCase()),
    ].filter(Boolean));
    const phones = unique([
      ...[...withoutTags.matchAll(PHONE)].map((m) => m[0].replace(/\s+/gu, '').replace(/^00/u, '+')),
      ...[...withoutTags.matchAll(EXTENSION)].map((m) => m[1] ?? ''),
    ].filter(Boolean));
    return { rooms, phones, assetTags };
  }
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
