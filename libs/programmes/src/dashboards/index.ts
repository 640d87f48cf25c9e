export * from './dashboard.model';
export * from './dashboards.resolver';
export * from './dashboards.service';

import { MyWorkResolver, OrganisationDashboardResolver, ProgrammeDashboardResolver } from './dashboards.resolver';
import { DashboardsService } from './dashboards.service';

/** What ProgrammesModule provides for the dashboards. */
export const DASHBOARD_PROVIDERS = [DashboardsService, ProgrammeDashboardResolver, OrganisationDashboardResolver, MyWorkResolver];
