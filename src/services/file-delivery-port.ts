/**
 * Sending a file (an export, a statement) to one person in Teams. Implemented at the Teams edge by
 * the file-consent flow of bots (personal chat only: consent card → the user accepts → the bot PUTs
 * the bytes to the upload URL Teams gives → a file-info card). Services and capabilities depend on
 * this port only.
 */
export interface OutgoingFile {
  /** File name the person sees, e.g. `sla-2026-11.xlsx`. */
  name: string;
  bytes: Uint8Array;
  /** MIME type, e.g. `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`. */
  contentType: string;
  /** One sentence in the recipient's language shown on the consent card. */
  description: string;
}

export interface FileDeliveryPort {
  /** Offers the file to the person (Entra object id) in their personal chat with the bot. */
  offer(recipientAadObjectId: string, file: OutgoingFile): Promise<void>;
}
