import type { TurnContext } from 'botbuilder';
import { DialogTurnStatus, type DialogContext, type DialogState, type DialogTurnResult } from 'botbuilder-dialogs';
import type { TriageAssessment } from '../src/services/ports.js';

export const REPORT_PROBLEM_DIALOG = 'reportProblem';

export interface Draft {
  /** Stamped on the buttons of the draft's cards, so that a click on an older draft's card is recognised. */
  id: string;
  description: string;
  assessment: TriageAssessment;
  /** The self-help article offered instead of the confirmation, if any. */
  offeredArticle?: string;
  /**
   * When the text names no site: the requester's site in the directory (its id; null when the
   * directory has none or is down), where the ticket will go - shown on the confirmation.
   */
  requesterSite?: string | null;
}

/**
 * The question waiting for the user's answer. Its card is rendered from the draft whenever it is
 * asked (again), in the user's language of that turn: it is not kept in the state.
 */
export interface Pending {
  kind: 'description' | 'category' | 'scope' | 'confirm';
}

/** The dialog's state, kept in the dialog stack (and so in the store) between turns. */
export interface ReportState {
  draft?: Draft;
  pending?: Pending;
}

/** One turn of the dialog: the turn, the dialog's state, and how it ends. */
export interface ReportTurn {
  context: TurnContext;
  state: ReportState;
  end(result?: string | null): Promise<DialogTurnResult>;
}

/** The turn as botbuilder-dialogs runs it (commands, and the report below another dialog). */
export function turnOf(dc: DialogContext): ReportTurn {
  return { context: dc.context, state: dc.activeDialog!.state as ReportState, end: (result) => dc.endDialog(result) };
}

/** True when the report is the only dialog on the stack: the router then runs its turn itself (`stackTurn`). */
export function reportAlone(stack: DialogState): boolean {
  return stack.dialogStack?.length === 1 && stack.dialogStack[0]!.id === REPORT_PROBLEM_DIALOG;
}

/**
 * The report's turn straight on the dialog stack, for a stack that is empty (the report begins; it
 * is pushed here) or holds only the report: what botbuilder-dialogs' dialog context would do for a
 * single dialog (its state, and popping it at the end), without building that context, its memory
 * scopes and its state manager on every turn (≈ 10 % of the main thread's CPU a create-ticket turn).
 */
export function stackTurn(context: TurnContext, stack: DialogState): ReportTurn {
  stack.dialogStack ??= [];
  if (stack.dialogStack.length === 0) stack.dialogStack.push({ id: REPORT_PROBLEM_DIALOG, state: {} });
  const instance = stack.dialogStack[0]!;
  return {
    context,
    state: instance.state as ReportState,
    end: async (result) => {
      stack.dialogStack.splice(stack.dialogStack.indexOf(instance), 1);
      return { status: DialogTurnStatus.complete, result };
    },
  };
}
