import { List, SimpleGrid, Stack, Text } from '@mantine/core';
import type { Plan } from '../../../contract/plans/plan';
import classes from './plan-document.module.css';
import { usePlanMessages } from './use-plan-messages';

/** Nơi nhận on the left, the signature block on the right, as at the foot of the printed plan. */
export function PlanDocumentFooter({ plan }: { plan: Plan }) {
  const plans = usePlanMessages();
  const { signer } = plan;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" mt="md">
      <Stack gap={2}>
        <Text fw={700} fs="italic" size="sm">
          {plans.page.recipients}
        </Text>
        <List size="sm" listStyleType="'- '" spacing={0}>
          {plan.recipients.map((recipient) => (
            <List.Item key={recipient.text}>{recipient.text}</List.Item>
          ))}
          {plan.archiveNote && <List.Item>{plans.page.archive(plan.archiveNote)}</List.Item>}
        </List>
      </Stack>
      <Stack gap={2} className={classes.centred}>
        {signer.authorityLines.map((line) => (
          <Text key={`${line.prefix}${line.text}`} fw={700} tt="uppercase">
            {[line.prefix, line.text].filter(Boolean).join(' ')}
          </Text>
        ))}
        {signer.title && (
          <Text fw={700} tt="uppercase">
            {signer.title}
          </Text>
        )}
        {signer.name && (
          <Text fw={700} mt={48}>
            {signer.name}
          </Text>
        )}
      </Stack>
    </SimpleGrid>
  );
}
