import { isoDay } from './dates';

/** Where a milestone stands on the day the site is built, by calendar days in Việt Nam. */
export type MilestoneState = 'passed' | 'today' | 'ahead';

/**
 * A plan's milestones in the order of their days, whatever the order an editor added them in (a milestone added last
 * may come first), each with where it stands on `today`; milestones of one day keep the editor's order.
 */
export function milestonesOn<M extends { date: Date }>(milestones: readonly M[], today: Date): (M & { state: MilestoneState })[] {
  const day = isoDay(today);
  return [...milestones]
    .sort((a, b) => a.date.getTime() - b.date.getTime())
    .map((milestone) => {
      const on = isoDay(milestone.date);
      return { ...milestone, state: on < day ? 'passed' : on === day ? 'today' : 'ahead' };
    });
}
