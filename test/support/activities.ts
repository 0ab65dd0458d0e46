import { randomUUID } from 'node:crypto';

export const TENANT = '00000000-0000-0000-0000-000000000001';
export const BOT = { id: '28:helpdesk-bot', name: 'Helpdesk OIT' };

export interface Persona { aadObjectId: string; name: string; id: string }

export const ALEX: Persona = { aadObjectId: '00000000-0000-0000-0000-0000000000020', name: 'Alex Wilber', id: '29:alex' };
export const MEGAN: Persona = { aadObjectId: '00000000-0000-0000-0000-0000000000021', name: 'Megan Bowen', id: '29:megan' };
export const ADELE: Persona = { aadObjectId: '00000000-0000-0000-0000-0000000000022', name: 'Adele Vance', id: '29:adele' };
export const ISAIAH: Persona = { aadObjectId: '00000000-0000-0000-0000-0000000000023', name: 'Isaiah Langer', id: '29:isaiah' };

/** A Teams message activity as the Bot Connector would POST it to /api/messages. */
export function messageActivity(serviceUrl: string, from: Persona, text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message',
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    locale: 'en-US',
    from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId },
    recipient: BOT,
    conversation: { id: `a:personal-${from.aadObjectId}`, conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    text,
    ...extra,
  };
}

export function conversationUpdate(serviceUrl: string, from: Persona): Record<string, unknown> {
  const base = messageActivity(serviceUrl, from, '');
  delete base.text;
  return { ...base, type: 'conversationUpdate', membersAdded: [{ id: from.id, aadObjectId: from.aadObjectId, name: from.name }, { id: BOT.id }] };
}
