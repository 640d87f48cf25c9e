import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ProgrammePilotsService } from '@app/pilots';
import { type FactsOf, type GateFactsQuery, type GateFactsSource, GateFactsRegistry } from '@app/programmes';
import { ScalingProgressService } from './dashboard/scaling-progress.service';

/**
 * Scaling plans' evidence for the Grow-it rule "every pilot decided SCALE has a scaling plan with
 * training", the same figures as the dashboard's (ScalingProgressService), read in the gates'
 * statement whatever the number of programmes.
 */
@Injectable()
export class GrowthGateFacts implements GateFactsSource<'growth'>, OnModuleInit {
  readonly provides = 'growth' as const;
  readonly none: FactsOf<'growth'> = { scaled: 0, scaledWithTrainingPlan: 0 };

  constructor(
    private readonly progress: ScalingProgressService,
    private readonly registry: GateFactsRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  gateFactsSql(q: GateFactsQuery): string {
    return this.progress.growthFactsSql(q);
  }

  readFacts(json: unknown): FactsOf<'growth'> {
    return this.progress.readGrowthFacts(json);
  }
}

/**
 * The evidence for the Grow-it rule SCALING_COSTS_KNOWN: per programme, its pilots decided SCALE
 * that have a scaling plan, and those whose plan and every training action have a cost (0 counts,
 * NULL is unknown). Read in the gates' statement.
 */
@Injectable()
export class ScalingCostsGateFacts implements GateFactsSource<'scalingCosts'>, OnModuleInit {
  readonly provides = 'scalingCosts' as const;
  readonly none: FactsOf<'scalingCosts'> = { planned: 0, plannedWithCosts: 0 };

  constructor(
    private readonly pilots: ProgrammePilotsService,
    private readonly registry: GateFactsRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  gateFactsSql(q: GateFactsQuery): string {
    const pilots = this.pilots.withStatusSql(
      q,
      ['SCALE'],
      () =>
        `SELECT true AS planned,
                (sp.cost_minor IS NOT NULL AND NOT EXISTS (SELECT 1 FROM training_action ta
                   WHERE ta.plan_id = sp.id AND ta.organisation_id = sp.organisation_id AND ta.cost_minor IS NULL)) AS costed
           FROM scaling_plan sp WHERE sp.pilot_id = pp.pilot_id AND sp.organisation_id = pp.organisation_id`,
    );
    return `SELECT g."programmeId" AS programme_id,
                   json_build_object('planned', count(*) FILTER (WHERE g.planned)::int,
                                     'plannedWithCosts', count(*) FILTER (WHERE g.costed)::int) AS facts
              FROM (${pilots}) g
             GROUP BY g."programmeId"`;
  }
}

/**
 * Scaling plans' evidence for the Grow-it rule SCALED_PILOTS_HAVE_PLANS ("scale what works"): per
 * programme, its pilots decided SCALE (libs/pilots) and how many have a scaling plan. Read in the
 * gates' statement.
 */
@Injectable()
export class ScalingPlansGateFacts implements GateFactsSource<'scalingPlans'>, OnModuleInit {
  readonly provides = 'scalingPlans' as const;
  readonly none: FactsOf<'scalingPlans'> = { scaled: 0, scaledWithPlan: 0 };

  constructor(
    private readonly pilots: ProgrammePilotsService,
    private readonly registry: GateFactsRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  gateFactsSql(q: GateFactsQuery): string {
    const pilots = this.pilots.withStatusSql(
      q,
      ['SCALE'],
      () =>
        `SELECT EXISTS (SELECT 1 FROM scaling_plan sp WHERE sp.pilot_id = pp.pilot_id AND sp.organisation_id = pp.organisation_id) AS planned`,
    );
    return `SELECT g."programmeId" AS programme_id,
                   json_build_object('scaled', count(*)::int, 'scaledWithPlan', count(*) FILTER (WHERE g.planned)::int) AS facts
              FROM (${pilots}) g
             GROUP BY g."programmeId"`;
  }
}
