import type { FieldProblem } from '@app/common';
import { findAnswerProblems, type Frequency } from '@app/workflow';

/** More keys than this is not an honest response; refused without naming each one. */
const MAX_ANSWER_KEYS = 100;

export interface ReadAnswers {
  /** The answered questions only (nulls left out), when there were no problems. */
  answers?: Record<string, Frequency>;
  problems: FieldProblem[];
}

/**
 * Checks one response's answers against a survey's questions (the rule is `findAnswerProblems`
 * in libs/workflow): every key must be one of its questions, every value NEVER, SOMETIMES or
 * OFTEN (null or left out: not answered), and at least one question answered. Problems are
 * named `<field>.<question key>`, e.g. `input.answers.safety.q1`.
 */
export function readAnswers(answers: unknown, questionsByArea: Readonly<Record<string, readonly string[]>>, field: string): ReadAnswers {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
    return { problems: [{ field, message: 'must be an object of question key → NEVER, SOMETIMES or OFTEN' }] };
  }
  const entries = Object.entries(answers as Record<string, unknown>);
  if (entries.length > MAX_ANSWER_KEYS)
    return { problems: [{ field, message: `has ${entries.length} keys: this survey has far fewer questions` }] };
  const problems = findAnswerProblems(answers as Record<string, unknown>, questionsByArea).map((p) => ({
    field: `${field}.${p.field}`,
    message: p.message,
  }));
  if (problems.length) return { problems };
  const answered = Object.fromEntries(entries.filter(([, value]) => value !== null && value !== undefined)) as Record<string, Frequency>;
  if (Object.keys(answered).length === 0) return { problems: [{ field, message: 'answers no question: answer at least one' }] };
  return { answers: answered, problems: [] };
}
