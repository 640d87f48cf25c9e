import { ScalingPlanEntity } from './scaling/scaling-plan.entity';
import { TrainingActionEntity } from './scaling/training-action.entity';

export const GROWTH_ENTITIES = [ScalingPlanEntity, TrainingActionEntity];
