import type { RouteObject } from 'react-router';
import { LoadingState } from '../../components/States';

/**
 * Public, outside every frame: the resident's survey form at the survey's public link. The server
 * serves the client for a browser's GET of /responses/<token> (and the JSON to scripts); the page
 * shows that survey and nothing else of the organisation or the app.
 */
export const respondRoutes: RouteObject[] = [
  {
    path: 'responses/:token',
    lazy: async () => ({ Component: (await import('./RespondScreen')).RespondScreen }),
    hydrateFallbackElement: <LoadingState />,
  },
];
