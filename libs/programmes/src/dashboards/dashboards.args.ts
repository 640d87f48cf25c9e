import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, Max, Min } from 'class-validator';
import { DASHBOARD_MAX_LIST } from './dashboard.model';

@ArgsType()
export class DashboardProgrammesArgs {
  @Field(() => Int, {
    defaultValue: 50,
    description: `How many programmes to list (1 to ${DASHBOARD_MAX_LIST}): ACTIVE first, then PAUSED, COMPLETED, ARCHIVED, each by name.`,
  })
  @IsInt()
  @Min(1)
  @Max(DASHBOARD_MAX_LIST)
  first: number;

  @Field({ defaultValue: false })
  @IsBoolean()
  includeArchived: boolean;
}

@ArgsType()
export class DashboardListArgs {
  @Field(() => Int, { defaultValue: 20, description: `How many to list (1 to ${DASHBOARD_MAX_LIST}).` })
  @IsInt()
  @Min(1)
  @Max(DASHBOARD_MAX_LIST)
  first: number;
}

@ArgsType()
export class RecentlyTickedArgs {
  @Field(() => Int, { defaultValue: 14, description: 'How far back to look, in days (1 to 366).' })
  @IsInt()
  @Min(1)
  @Max(366)
  days: number;

  @Field(() => Int, { defaultValue: 10, description: `How many to list (1 to ${DASHBOARD_MAX_LIST}), newest first.` })
  @IsInt()
  @Min(1)
  @Max(DASHBOARD_MAX_LIST)
  first: number;
}
