import { type FormEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { Button } from '../../components/Button';
import { LoadingState } from '../../components/States';
import { type MessageKey, t } from '../../i18n/i18n';
import './respond.css';

/** What GET /responses/<token> answers: this survey's form and nothing else. */
export interface PublicSurveyForm {
  title: string;
  purpose?: string;
  lawfulBasis?: 'PUBLIC_TASK' | 'CONSENT' | 'LEGITIMATE_INTERESTS';
  scale: Array<'NEVER' | 'SOMETIMES' | 'OFTEN'>;
  areas: Array<{ area: string; label: string; questions: Array<{ key: string; text: string }> }>;
  /** Optional questions about the resident and their area, after the areas (absent when the survey asks none). */
  aboutYou?: Array<{ key: string; text: string }>;
}

type Answer = PublicSurveyForm['scale'][number];

type State =
  | { kind: 'loading' }
  | { kind: 'unavailable'; message: MessageKey; retry: boolean }
  | { kind: 'form'; form: PublicSurveyForm }
  | { kind: 'sent'; form: PublicSurveyForm; answered: number };

/** Why a link cannot show or take answers, by the status the endpoint gives (survey-link.controller.ts). */
const UNAVAILABLE: Record<number, MessageKey> = {
  403: 'respond.unavailable.personalOnly',
  404: 'respond.unavailable.notFound',
  409: 'respond.unavailable.used',
  410: 'respond.unavailable.closed',
  429: 'respond.unavailable.tooMany',
};

const linkUrl = (token: string) => `/responses/${encodeURIComponent(token)}`;

/**
 * The page a resident opens from a survey's public link, on a phone or anywhere: the survey's
 * title, what it is for and its lawful basis, its questions as groups of radio buttons, and a
 * clear end (thanks, and what happens next). It reads and answers the link's JSON with plain
 * fetch (no session, no GraphQL) and shows nothing of the organisation or the app beyond it.
 */
export function RespondScreen() {
  const { token = '' } = useParams();
  const [state, setState] = useState<State>({ kind: 'loading' });

  const load = useCallback(async () => {
    setState({ kind: 'loading' });
    try {
      const response = await fetch(linkUrl(token), { headers: { accept: 'application/json' }, credentials: 'omit', cache: 'no-store' });
      if (!response.ok) {
        setState({
          kind: 'unavailable',
          message: UNAVAILABLE[response.status] ?? 'respond.unavailable.unexpected',
          retry: !(response.status in UNAVAILABLE),
        });
        return;
      }
      setState({ kind: 'form', form: (await response.json()) as PublicSurveyForm });
    } catch {
      setState({ kind: 'unavailable', message: 'respond.unavailable.network', retry: true });
    }
  }, [token]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    document.title =
      state.kind === 'form' || state.kind === 'sent'
        ? `${state.kind === 'sent' ? `${t('respond.sent.title')} – ` : ''}${state.form.title}`
        : t('respond.pageTitle');
  }, [state]);

  return (
    <main id="main" className="respond" tabIndex={-1}>
      {state.kind === 'loading' && <LoadingState label={t('respond.loading')} />}
      {state.kind === 'unavailable' && <Unavailable message={state.message} onRetry={state.retry ? () => void load() : undefined} />}
      {state.kind === 'form' && (
        <SurveyForm token={token} form={state.form} onSent={(answered) => setState({ kind: 'sent', form: state.form, answered })} />
      )}
      {state.kind === 'sent' && <Sent form={state.form} answered={state.answered} />}
    </main>
  );
}

function Unavailable({ message, onRetry }: { message: MessageKey; onRetry?: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [message]);
  return (
    <div className="respond__card" role="alert">
      <h1 ref={heading} tabIndex={-1}>
        {t('respond.unavailable.title')}
      </h1>
      <p>{t(message)}</p>
      {onRetry && (
        <Button variant="primary" onClick={onRetry}>
          {t('respond.tryAgain')}
        </Button>
      )}
    </div>
  );
}

function SurveyForm({ token, form, onSent }: { token: string; form: PublicSurveyForm; onSent: (answered: number) => void }) {
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<{ summary: string; fields: Record<string, string> } | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const introId = useId();
  // The optional questions about the resident come last, as one more section of the same form.
  const sections = form.aboutYou?.length
    ? [...form.areas, { area: 'ABOUT_YOU', label: t('respond.form.aboutYou'), questions: form.aboutYou }]
    : form.areas;
  const total = sections.reduce((sum, area) => sum + area.questions.length, 0);
  const answered = Object.keys(answers).length;

  useEffect(() => {
    if (problem) summary.current?.focus();
  }, [problem]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (answered === 0) {
      setProblem({ summary: t('respond.form.none'), fields: {} });
      return;
    }
    setSending(true);
    try {
      const response = await fetch(linkUrl(token), {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        credentials: 'omit',
        body: JSON.stringify({ answers }),
      });
      const body = (await response.json().catch(() => null)) as {
        answered?: number;
        fields?: Array<{ field: string; message: string }>;
      } | null;
      if (response.ok) {
        onSent(body?.answered ?? answered);
        return;
      }
      if (response.status === 400) {
        const fields = Object.fromEntries(
          (body?.fields ?? []).map((f) => [f.field.replace(/^answers\./, ''), t('respond.form.badAnswer')]),
        );
        setProblem({ summary: t('respond.form.refused'), fields });
      } else {
        setProblem({ summary: t(UNAVAILABLE[response.status] ?? 'respond.unavailable.unexpected'), fields: {} });
      }
    } catch {
      setProblem({ summary: t('respond.unavailable.network'), fields: {} });
    } finally {
      setSending(false);
    }
  }

  return (
    <>
      <header className="respond__header">
        <h1>{form.title}</h1>
      </header>
      <section className="respond__card" aria-labelledby="respond-why">
        <h2 id="respond-why">{t('respond.why.heading')}</h2>
        <p>{form.purpose ?? t('respond.why.default')}</p>
        <h2>{t('respond.privacy.heading')}</h2>
        <p>{t('respond.privacy.anonymous')}</p>
        {form.lawfulBasis && <p>{t(`respond.basis.${form.lawfulBasis}`)}</p>}
      </section>
      <form onSubmit={submit} noValidate className="respond__form" aria-describedby={introId}>
        <p id={introId} className="respond__intro">
          {t('respond.form.intro', { count: total })}
        </p>
        {problem && (
          <div ref={summary} role="alert" tabIndex={-1} className="form-summary">
            <p>{problem.summary}</p>
          </div>
        )}
        {sections.map((area) => (
          <section key={area.area} className="respond__area" aria-labelledby={`area-${area.area}`}>
            <h2 id={`area-${area.area}`}>{area.label}</h2>
            {area.questions.map((question, index) => {
              const error = problem?.fields[question.key];
              return (
                <fieldset key={question.key} className={error ? 'respond__question field--invalid' : 'respond__question'}>
                  <legend>
                    <span className="visually-hidden">{t('respond.form.questionNumber', { area: area.label, number: index + 1 })} </span>
                    {question.text}
                  </legend>
                  <div className="respond__options">
                    {form.scale.map((value) => (
                      <label key={value} className="respond__option">
                        <input
                          type="radio"
                          name={question.key}
                          value={value}
                          checked={answers[question.key] === value}
                          onChange={() => setAnswers((now) => ({ ...now, [question.key]: value }))}
                        />
                        <span>{t(`respond.scale.${value}`)}</span>
                      </label>
                    ))}
                  </div>
                  {answers[question.key] && (
                    <button
                      type="button"
                      className="button button--link respond__clear"
                      onClick={() =>
                        setAnswers((now) => {
                          const { [question.key]: _dropped, ...rest } = now;
                          return rest;
                        })
                      }
                    >
                      {t('respond.form.clear')}
                      <span className="visually-hidden"> {question.text}</span>
                    </button>
                  )}
                  {error && <p className="field__error">{error}</p>}
                </fieldset>
              );
            })}
          </section>
        ))}
        <div className="respond__send">
          <p className="muted">{t('respond.form.progress', { count: answered, total })}</p>
          <Button type="submit" variant="primary" busy={sending} className="respond__submit">
            {t('respond.form.submit')}
          </Button>
        </div>
      </form>
    </>
  );
}

function Sent({ form, answered }: { form: PublicSurveyForm; answered: number }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="respond__card respond__sent" aria-labelledby="respond-sent">
      <h1 id="respond-sent" ref={heading} tabIndex={-1}>
        {t('respond.sent.title')}
      </h1>
      <p>{t('respond.sent.received', { count: answered, title: form.title })}</p>
      <h2>{t('respond.sent.nextHeading')}</h2>
      <ul>
        <li>{t('respond.sent.next1')}</li>
        <li>{t('respond.sent.next2')}</li>
        <li>{t('respond.sent.next3')}</li>
      </ul>
      <p>{t('respond.sent.close')}</p>
    </section>
  );
}
