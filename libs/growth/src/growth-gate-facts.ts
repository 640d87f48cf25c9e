import { Injectable, type OnModuleInit } from '@nestjs/common';
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
