import type { Party, Plan } from '../../../contract/plans/plan';
import { spokenUnitName } from '../org/unit-name';
import { formatTiming } from './plan-format';
import { PlanSection } from './plan-section';
import classes from './plan-tasks.module.css';
import { usePlanMessages } from './use-plan-messages';

const partyName = (party: Party) => (party.unit ? spokenUnitName(party.name) : party.name);

/** The assignment table of the plan; on a phone each row reads as a card. */
export function PlanTasks({ tasks }: { tasks: Plan['tasks'] }) {
  const plans = usePlanMessages();
  const page = plans.page;
  if (tasks.length === 0) return null;
  const hasOutput = tasks.some((task) => task.expectedOutput);
  return (
    <PlanSection title={page.tasks}>
      <table className={classes.table}>
        <thead>
          <tr>
            <th scope="col">{page.taskNumbering}</th>
            <th scope="col">{page.taskContent}</th>
            <th scope="col">{page.taskLead}</th>
            <th scope="col">{page.taskCooperating}</th>
            <th scope="col">{page.taskTiming}</th>
            {hasOutput && <th scope="col">{page.taskOutput}</th>}
          </tr>
        </thead>
        <tbody>
          {tasks.map((task, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: tasks have no id; their order identifies them
            <tr key={index}>
              <td data-label={page.taskNumbering}>{task.numbering ?? index + 1}</td>
              <td data-label={page.taskContent}>{task.content}</td>
              <td data-label={page.taskLead}>{partyName(task.lead)}</td>
              <td data-label={page.taskCooperating}>{task.cooperating.map(partyName).join('; ')}</td>
              <td data-label={page.taskTiming}>{formatTiming(task.timing, plans)}</td>
              {hasOutput && <td data-label={page.taskOutput}>{task.expectedOutput}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </PlanSection>
  );
}
