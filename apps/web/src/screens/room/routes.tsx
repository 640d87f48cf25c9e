import type { RouteObject } from 'react-router';
import { LoadingState } from '../../components/States';

/**
 * Public, outside every frame: a workshop's guests, who have no account. /join takes the room's
 * code (?code= from the QR code) and a name; /room is the room they joined, opened by the pass kept
 * in this tab's sessionStorage. Neither needs or uses a session.
 */
export const roomRoutes: RouteObject[] = [
  {
    path: 'join',
    lazy: async () => ({ Component: (await import('./JoinScreen')).JoinScreen }),
    hydrateFallbackElement: <LoadingState />,
  },
  {
    path: 'room',
    lazy: async () => ({ Component: (await import('./GuestRoomScreen')).GuestRoomScreen }),
    hydrateFallbackElement: <LoadingState />,
  },
];
