import { SimpleGrid, TextInput } from '@mantine/core';
import { usePlanMessages } from '../use-plan-messages';
import type { EditorPartProps } from './editor-props';

export function SignerFields({ draft, change, fields }: EditorPartProps) {
  const plans = usePlanMessages();
  const labels = plans.editor;
  const { signer } = draft;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <TextInput
        label={labels.signerTitle}
        value={signer.title ?? ''}
        onChange={(event) => change({ signer: { ...signer, title: event.currentTarget.value || null } })}
        {...fields.of('signer.title')}
      />
      <TextInput
        label={labels.signerName}
        value={signer.name ?? ''}
        onChange={(event) => change({ signer: { ...signer, name: event.currentTarget.value || null } })}
        {...fields.of('signer.name')}
      />
    </SimpleGrid>
  );
}
