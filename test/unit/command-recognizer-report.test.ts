import { describe, expect, it } from 'vitest';
import { recogniseCommand } from '../../src/bot/command-recognizer.js';

describe('the "report …" command and the managers\' report (issue #24)', () => {
  it('"report" with a short period after it is the managers\' report, not a problem report', () => {
    for (const text of ['report za listopad', 'report for November', 'report 2026-11', 'Report za minulý měsíc', 'report Q3']) expect(recogniseCommand(text), text).toBeNull();
  });

  it('"report <a problem>" and the other prefixes still report it, with its description', () => {
    expect(recogniseCommand('report tiskárna v 312 netiskne')).toEqual({ kind: 'report', rest: 'tiskárna v 312 netiskne' });
    expect(recogniseCommand('report: printer broken')).toEqual({ kind: 'report', rest: 'printer broken' });
    expect(recogniseCommand('report')).toEqual({ kind: 'report', rest: '' });
    expect(recogniseCommand('nahlásit problém za listopad')).toEqual({ kind: 'report', rest: 'za listopad' });
  });
});
