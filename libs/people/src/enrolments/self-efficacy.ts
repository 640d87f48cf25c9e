/**
 * The change in self-efficacy across a pilot's participants (People it). Self-efficacy (1–5)
 * is an outcome the body tries to raise; these figures describe a pilot and are never an input
 * to matching or enrolment.
 *
 *   for each participant with two readings or more: change = latest − first
 *   meanFirstReading, meanLatestReading, meanChange: means over those participants, to two decimals
 *
 * Participants with a single reading count in `participantsWithReadings` but not in the means,
 * so the first and latest means compare the same people.
 */

export interface ReadingSpan {
  /** The earliest reading (normally the one taken at enrolment). */
  first: number;
  latest: number;
  readings: number;
}

export interface SelfEfficacySummary {
  participantsWithReadings: number;
  participantsWithTwoReadings: number;
  meanFirstReading: number | null;
  meanLatestReading: number | null;
  meanChange: number | null;
  note: string | null;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * One participant's change in a pilot: latest minus first reading, in the order they were
 * taken. Null until there are two readings: a single reading shows no change, not a change of 0.
 */
export function selfEfficacyChange(readings: ReadonlyArray<{ score: number }>): number | null {
  return readings.length >= 2 ? readings[readings.length - 1].score - readings[0].score : null;
}

export function summariseSelfEfficacy(spans: readonly ReadingSpan[]): SelfEfficacySummary {
  const withReadings = spans.filter((s) => s.readings > 0);
  const paired = withReadings.filter((s) => s.readings >= 2);
  const mean = (values: number[]) => (values.length ? round2(values.reduce((a, b) => a + b, 0) / values.length) : null);
  return {
    participantsWithReadings: withReadings.length,
    participantsWithTwoReadings: paired.length,
    meanFirstReading: mean(paired.map((s) => s.first)),
    meanLatestReading: mean(paired.map((s) => s.latest)),
    meanChange: mean(paired.map((s) => s.latest - s.first)),
    note: paired.length
      ? null
      : withReadings.length
        ? 'No participant has a second reading yet: record one later to see the change.'
        : 'No self-efficacy readings yet: they are taken when participants enrol.',
  };
}
