import type { RouteObject } from 'react-router';

/** Relative to /o/:organisationId: the surveys work area, programmes/:programmeId/surveys. */
export const surveysRoutes: RouteObject[] = [
  { path: 'programmes/:programmeId/surveys', lazy: async () => ({ Component: (await import('./SurveysScreen')).SurveysScreen }) },
  { path: 'programmes/:programmeId/surveys/:surveyId', lazy: async () => ({ Component: (await import('./SurveyScreen')).SurveyScreen }) },
];
