import { organisationWithRoles } from '../pilots/pilot-support';
import { startTestApp, type TestApp } from '../support/test-app';
import { all, createSurvey, link } from '../surveys/survey-support';

/**
 * Per-client limits (sign-in, survey links) key on the client's address. X-Forwarded-For names
 * it only when it comes from a proxy named in TRUST_PROXY; otherwise a caller could pick a new
 * address for every request and never be limited.
 */
describe('the client address', () => {
  const HEALTHY = { answers: all('health', 'OFTEN') };

  async function answersAcceptedFromRotatingAddresses(t: TestApp): Promise<number> {
    const org = await organisationWithRoles(t, 'Addressville');
    const survey = await createSurvey(t, org.as.CONSULTANT, { title: 'Who is asking?', areas: ['HEALTH'] });
    let accepted = 0;
    for (let i = 1; i <= 12; i++) {
      if ((await link(t, 'POST', survey.responseToken, HEALTHY, `203.0.113.${i}`)).status === 200) accepted++;
    }
    return accepted;
  }

  it('ignores X-Forwarded-For from a sender that is not a trusted proxy', async () => {
    const t = await startTestApp({ TRUST_PROXY: 'false', SURVEY_ANSWERS_PER_CLIENT: '3' });
    try {
      // Twelve claimed addresses, one real one: the real one's limit holds.
      expect(await answersAcceptedFromRotatingAddresses(t)).toBe(3);
    } finally {
      await t.close();
    }
  });

  it('believes X-Forwarded-For from a trusted proxy', async () => {
    const t = await startTestApp({ TRUST_PROXY: 'loopback', SURVEY_ANSWERS_PER_CLIENT: '3' });
    try {
      expect(await answersAcceptedFromRotatingAddresses(t)).toBe(12);
    } finally {
      await t.close();
    }
  });
});
