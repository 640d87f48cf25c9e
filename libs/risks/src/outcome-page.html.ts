import { renderDocument, Section } from '@app/documents';
import { createElement as h } from 'react';
import type { Decider, DecisionSource, PublishedDecision, PublishedOutcomePage } from './register.model';

/** Who decided, as a resident would say it. */
const DECIDED_BY: Record<Decider, string> = {
  POLITICIANS: 'Local councillors',
  PROGRAMME_BOARD: 'The programme board',
  SERVICE_MANAGERS: 'The managers of the service',
  PARTICIPANTS: 'The people taking part',
  OTHER: 'Others involved in the programme',
};

/** What a decision answered, in a few words, before its title. */
const ANSWERED: Record<DecisionSource, string> = {
  WORKSHOP_OUTPUT: 'Said at the workshop',
  SURVEY: 'Answers to the survey',
  INITIATIVE: 'About the local activity',
  DISAGREEMENT: 'Where views differed on',
};

/** "You said" when there are no words to quote (a survey's answers, an initiative): what it was, as a resident would put it. */
const SAID_WITHOUT_WORDS: Record<DecisionSource, string> = {
  WORKSHOP_OUTPUT: 'What was said at the workshop named above',
  SURVEY: 'Your answers to the survey named above',
  INITIATIVE: 'What you told us about the local activity named above',
  DISAGREEMENT: 'The views of the groups named above',
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A day (YYYY-MM-DD) in words: 4 March 2026. */
function day(date: string): string {
  const [year, month, dayOfMonth] = date.split('-').map(Number);
  return `${dayOfMonth} ${MONTHS[month - 1]} ${year}`;
}

function Decision({ decision }: { decision: PublishedDecision }) {
  const { origin } = decision;
  const heard = origin.kind === 'DISAGREEMENT' ? 'The groups whose views differed: ' : '';
  return h(
    'article',
    { className: 'keep' },
    h('h2', null, `${ANSWERED[origin.kind]}: `, origin.title, origin.on ? ` (${day(origin.on)})` : null),
    h(
      'dl',
      { className: 'meta' },
      h('dt', null, 'You said'),
      h('dd', null, origin.said ? [heard, origin.said] : SAID_WITHOUT_WORDS[origin.kind]),
      h('dt', null, 'What was decided'),
      h('dd', null, decision.decision),
      h('dt', null, 'Why'),
      h('dd', null, decision.reason),
      h('dt', null, 'Who decided'),
      h('dd', null, DECIDED_BY[decision.decidedBy]),
      h('dt', null, 'When'),
      h('dd', null, day(decision.decidedOn)),
      h('dt', null, 'We did'),
      h('dd', null, decision.result || 'Not known yet: this page will say once it is.'),
    ),
    decision.sanction ? h('p', { className: 'quiet' }, 'This decision can mean a penalty for people taking part.') : null,
  );
}

/**
 * The "you said, we did" page for residents, as HTML: each published decision in plain words
 * (what was said, what was decided and why, who decided and when, and what came of it). Rendered
 * by React, which escapes every text; no names of people, as the page holds none.
 */
export function renderOutcomePage(page: PublishedOutcomePage): Promise<string> {
  const title = `You said, we did: ${page.programme}`;
  const body = h(
    'div',
    null,
    h('h1', null, title),
    h('p', null, `What ${page.organisation} decided after hearing from people in ${page.programme}, and what came of it.`),
    page.decisions.length
      ? page.decisions.map((decision, index) => h(Decision, { key: index, decision }))
      : h(Section, { title: 'Nothing yet' }, h('p', null, 'No decision has been shared here yet. Please look again later.')),
  );
  return renderDocument(title, body, `Shared by ${page.organisation}`);
}

/** The answer to a link that opens nothing, in plain words. */
export function renderOutcomePageNotFound(): Promise<string> {
  const title = 'This page is not available';
  return renderDocument(
    title,
    h(
      'div',
      null,
      h('h1', null, title),
      h('p', null, 'The link may be mistyped, or it has been replaced or withdrawn. Ask whoever shared it with you for the current link.'),
    ),
    'You said, we did',
  );
}
