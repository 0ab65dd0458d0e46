/**
 * Ports: what the services need from the outside world. Implemented by store/, graph/, bot/, triage/.
 * Services depend on these interfaces only; compose.ts wires the implementations.
 */

/** A user as the directory (Microsoft Graph) knows them. Field names follow Graph's `user` resource. */
export interface DirectoryUser {
  id: string;
  displayName: string;
  givenName: string | null;
  surname: string | null;
  userPrincipalName: string;
  mail: string | null;
  department: string | null;
  jobTitle: string | null;
  /** Site or building, e.g. "Cestmistrovství Klatovy" or "Krajský úřad, Škroupova 18". */
  officeLocation: string | null;
  /** District (okres) the user works in, e.g. "Klatovy". */
  city: string | null;
  companyName: string | null;
  accountEnabled: boolean;
}

export interface DirectoryPort {
  /** By object id or UPN; null when the directory has no such user (Graph 404). */
  getUser(idOrUpn: string): Promise<DirectoryUser | null>;
  /** The user's manager; null when they have none (Graph answers 404). */
  getManager(id: string): Promise<DirectoryUser | null>;
  getDirectReports(id: string): Promise<DirectoryUser[]>;
  /** Fuzzy look-up by name or UPN, best first. */
  searchUsers(query: string, limit: number): Promise<DirectoryUser[]>;
}

/** Time comes from here, never from Date.now() in domain or services. */
export interface Clock {
  now(): Date;
}

/** What triage concluded about a message (implemented by src/triage). */
export interface TriageAssessment {
  language: 'cs' | 'en';
  intent: 'problem' | 'greeting' | 'thanks' | 'empty';
  category: import('../config/domain-schema.js').CategoryId;
  confidence: number;
  ranking: { category: import('../config/domain-schema.js').CategoryId; score: number }[];
  priority: import('../config/domain-schema.js').Priority;
  impact: Impact;
  urgency: Urgency;
  /** Did the text say who is affected? When not, a suspected P1/P2 is worth one question. */
  scopeKnown: boolean;
  entities: TriageEntities;
}

/** Details triage found in a message. */
export interface TriageEntities {
  rooms: string[];
  /** Sites from config, best first; score 1 = a full name or alias of the site is in the text. */
  sites: { id: string; name: string; score: number }[];
  /** Districts named in the text, plus the district of any site named in full. */
  districts: { id: string; name: string }[];
  assetTags: string[];
  phones: string[];
  applications: { id: string; name: string }[];
}

export type Impact = 'person' | 'group' | 'organisation';
export type Urgency = 'can-work' | 'limited' | 'cannot-work' | 'critical';

export interface TriagePort {
  analyze(text: string): TriageAssessment;
  /** Impact × urgency → priority, for when the user has told us the scope. */
  priorityFor(impact: Impact, urgency: Urgency): import('../config/domain-schema.js').Priority;
}

export interface KnowledgeArticle {
  id: string;
  title: string;
  body: string;
}

/** Self-help articles: the best one for a message, only when it is relevant enough to offer. */
export interface KnowledgePort {
  /** The best self-help article for `text` among those of `category`, or null when none is relevant enough. */
  bestMatch(text: string, language: 'cs' | 'en', category: import('../config/domain-schema.js').CategoryId): KnowledgeArticle | null;
  /**
   * An article by its id (one offered earlier), in `language` when it has a translation (the user
   * switched languages since), or null when the knowledge base no longer has it.
   */
  article(id: string, language: 'cs' | 'en'): KnowledgeArticle | null;
}

/** What Graph confirmed for one account operation: its request id, for the audit log. */
export interface AccountOperationReceipt {
  requestId: string | null;
}

/** How privileged a user is: admin directory roles and protected / role-assignable groups (transitively). */
export interface AccountPrivilege {
  privileged: boolean;
  /** Display names of the roles and groups that make the user privileged (for tickets; never shown to the requester). */
  reasons: string[];
}

/**
 * Account operations through Microsoft Graph (implemented by src/graph/graph-account-operations.ts).
 * Failures are `AccountOperationError` (src/services/account-operation-error.ts), never a silent success.
 */
export interface AccountOperationsPort {
  /** Sets a temporary password that must be changed at next sign-in. The password is never logged. */
  resetPassword(userId: string, temporaryPassword: string): Promise<AccountOperationReceipt>;
  /** accountEnabled = true. */
  enableAccount(userId: string): Promise<AccountOperationReceipt>;
  /** Removes the MFA methods Graph allows removing; reports how many were removed and kept. */
  resetMfa(userId: string): Promise<AccountOperationReceipt & { removed: number; kept: number }>;
  revokeSessions(userId: string): Promise<AccountOperationReceipt>;
  getPrivilege(userId: string): Promise<AccountPrivilege>;
}
