import type { PipelinePolicy, Pipeline } from '@azure/core-rest-pipeline';
import type { ConnectorClient } from 'botframework-connector';

/** What a held message fails with when what it waited for failed: it never left the process. */
export class OutboundHeldError extends Error {
  constructor(readonly conversationId: string, readonly reason: unknown) {
    super(`message to ${conversationId} not sent: what it announces was not saved (${(reason as Error)?.message ?? String(reason)})`);
    this.name = 'OutboundHeldError';
  }
}

/** What the dialogs need of the gate: hold a conversation's messages until a write is on disk. */
export interface OutboundHold {
  /**
   * Messages to `conversationId` wait for `until` and fail if it fails. Returns the release: call
   * it once the held messages have settled (needed after a failure, harmless after success).
   */
  hold(conversationId: string, until: Promise<unknown>): () => void;
}

/**
 * Holds the bot's outgoing messages to a conversation until what they announce is on disk.
 *
 * A new ticket's card can be handed to the connector while the ticket is still being written: the
 * request is built, serialized and passed through the client's pipeline meanwhile, and only putting
 * it on the wire waits for the write. Work that used to queue behind the disk runs during it. When
 * the write fails, every message held for it fails with `OutboundHeldError` and none leaves the
 * process: no one sees the id of a ticket that is not on disk.
 *
 * It is the last step of the connector clients' request pipeline, so it holds everything sent to the
 * conversation — replies, proactive messages, updates — until `hold`'s promise is fulfilled; once
 * fulfilled, the hold is gone. A failed hold stays until it is released, so a message sent after
 * the failure cannot slip through before its sender has heard of it.
 */
export class OutboundGate implements OutboundHold {
  private readonly held = new Map<string, Promise<unknown>>();
  private waitingRequests = 0;

  /** Requests waiting at the gate now. */
  get waiting(): number {
    return this.waitingRequests;
  }

  /**
   * Messages to `conversationId` wait for `until` and fail if it fails. Returns the release: call
   * it once the held messages have settled (needed after a failure, harmless after success).
   */
  hold(conversationId: string, until: Promise<unknown>): () => void {
    const previous = this.held.get(conversationId);
    const entry = previous ? Promise.all([previous, until]) : until;
    this.held.set(conversationId, entry);
    const release = (): void => {
      if (this.held.get(conversationId) === entry) this.held.delete(conversationId);
    };
    // fulfilled: the hold goes by itself; failed: it stays until released (the held senders get the failure)
    entry.then(release, () => undefined);
    return release;
  }

  /**
   * Installs the gate as the last step of `client`'s request pipeline (after serialization, retries
   * and signing, so that all of that runs while a write is on its way to disk).
   * @throws when the client has no pipeline where botframework-connector 4.23 has it.
   */
  install(client: ConnectorClient): ConnectorClient {
    const pipeline = (client as unknown as { client?: { pipeline?: Pipeline } }).client?.pipeline;
    if (!pipeline || typeof pipeline.addPolicy !== 'function') {
      throw new Error('the connector client has no request pipeline to hold messages in (botframework-connector changed?)');
    }
    pipeline.addPolicy(this.policy, { afterPhase: 'Sign' });
    return client;
  }

  private readonly policy: PipelinePolicy = {
    name: 'helpdeskOutboundGate',
    sendRequest: (request, next) => {
      const conversationId = this.held.size ? conversationOf(request.url) : null;
      const wait = conversationId === null ? undefined : this.held.get(conversationId);
      if (!wait) return next(request);
      this.waitingRequests++;
      return wait.finally(() => this.waitingRequests--).then(
        () => next(request),
        (reason: unknown) => Promise.reject(new OutboundHeldError(conversationId!, reason)),
      );
    },
  };
}

/** The conversation of a Bot Connector request (`…/v3/conversations/{id}/…`), or null. */
export function conversationOf(url: string): string | null {
  const marker = '/v3/conversations/';
  const at = url.indexOf(marker);
  if (at === -1) return null;
  const start = at + marker.length;
  const end = url.indexOf('/', start);
  const encoded = url.slice(start, end === -1 ? url.length : end).split('?')[0]!;
  if (!encoded) return null;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}
