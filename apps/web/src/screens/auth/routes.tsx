import type { RouteObject } from 'react-router';

export const authRoutes: RouteObject[] = [
  { path: 'sign-in', lazy: async () => ({ Component: (await import('./SignInScreen')).SignInScreen }) },
  { path: 'sign-up', lazy: async () => ({ Component: (await import('./SignUpScreen')).SignUpScreen }) },
  { path: 'forgot-password', lazy: async () => ({ Component: (await import('./ForgotPasswordScreen')).ForgotPasswordScreen }) },
  { path: 'password-reset', lazy: async () => ({ Component: (await import('./PasswordResetScreen')).PasswordResetScreen }) },
  { path: 'invitations/accept', lazy: async () => ({ Component: (await import('./AcceptInvitationScreen')).AcceptInvitationScreen }) },
];
