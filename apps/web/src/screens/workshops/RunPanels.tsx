import type { ComponentType } from 'react';
import { JoinCodePanel } from './JoinCodePanel';
import type { WorkshopDetail } from './operations';
import { VotingPanel } from './VotingPanel';

/** What every panel of run mode is given. */
export interface RunPanelProps {
  workshop: WorkshopDetail;
  organisationId: string;
  /** The role may plan and run workshops (PLAN): open a vote, show a join code… */
  mayPlan: boolean;
  /** The role may capture (CONTRIBUTE). */
  mayContribute: boolean;
}

/**
 * The extra panels of run mode, in the order they show beside the timer and capture: each in its
 * own file of this folder (the dot-voting panel and the join code panel go here). Empty, the
 * area renders nothing.
 */
export const RUN_PANELS: ReadonlyArray<{ key: string; Panel: ComponentType<RunPanelProps> }> = [
  { key: 'voting', Panel: VotingPanel },
  { key: 'join', Panel: JoinCodePanel },
];

/** The area of run mode that holds RUN_PANELS. */
export function RunPanels(props: RunPanelProps & { panels?: typeof RUN_PANELS }) {
  const { panels = RUN_PANELS, ...shared } = props;
  if (panels.length === 0) return null;
  return (
    <div className="run__panels">
      {panels.map(({ key, Panel }) => (
        <Panel key={key} {...shared} />
      ))}
    </div>
  );
}
