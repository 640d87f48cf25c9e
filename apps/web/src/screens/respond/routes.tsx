import type { RouteObject } from 'react-router';

/** Public, outside every frame: the resident's survey form at the survey's public link. */
export const respondRoutes: RouteObject[] = [];
