import { PilotFinancialEntity } from './financials/pilot-financial.entity';
import { MeasurementEntity } from './metrics/measurement.entity';
import { PilotMetricEntity } from './metrics/pilot-metric.entity';
import { PilotEntity } from './pilots/pilot.entity';
import { PriorityAreaEntity } from './priorities/priority-area.entity';
import { PriorityScoreEntity } from './priorities/priority-score.entity';

export const PILOT_ENTITIES = [
  PriorityAreaEntity,
  PriorityScoreEntity,
  PilotEntity,
  PilotMetricEntity,
  MeasurementEntity,
  PilotFinancialEntity,
];
