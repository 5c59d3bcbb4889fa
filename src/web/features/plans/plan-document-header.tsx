import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Plan } from '../../../contract/plans/plan';
import classes from './plan-document.module.css';
import { usePlanMessages } from './use-plan-messages';

/** The heading block of an official document: issuer and motto, number, place and date, type and subject. */
export function PlanDocumentHeader({ plan }: { plan: Plan }) {
  const plans = usePlanMessages();
  const page = plans.page;
  const place = plan.place ?? '';
  const [year, month, day] = (plan.issuedOn ?? '').split('-').map(Number);
  const placeDate =
    year && month && day ? page.placeDate(place, day, month, year) : page.placeDatePending(place);

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" className={classes.centred}>
        <Stack gap={2}>
          {plan.authorityLine && <Text tt="uppercase">{plan.authorityLine}</Text>}
          <Text fw={700} tt="uppercase">
            {plan.issuer.name}
          </Text>
          <Text>{plan.number ? page.number(plan.number) : page.numberPending}</Text>
        </Stack>
        <Stack gap={2}>
          <Text fw={700}>{page.motto}</Text>
          <Text fw={700} td="underline">
            {page.mottoLine}
          </Text>
          <Text fs="italic">{placeDate}</Text>
        </Stack>
      </SimpleGrid>
      <Stack gap={4} className={classes.centred}>
        <Text fw={700} size="lg" tt="uppercase">
          {plan.typeName}
        </Text>
        <Title order={2} size="h4" ff="inherit">
          {plan.title}
        </Title>
        <Text>{plans.period(plan.periodStartYear, plan.periodEndYear, plan.schoolYear)}</Text>
      </Stack>
    </Stack>
  );
}
