import { SimpleGrid, TextInput } from '@mantine/core';
import { usePlanMessages } from '../use-plan-messages';
import type { EditorPartProps } from './editor-props';

export function SignerFields({ draft, change, errors }: EditorPartProps) {
  const plans = usePlanMessages();
  const labels = plans.editor;
  const { signer } = draft;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <TextInput
        label={labels.signerTitle}
        value={signer.title ?? ''}
        onChange={(event) => change({ signer: { ...signer, title: event.currentTarget.value || null } })}
        error={errors.get('signer.title')}
      />
      <TextInput
        label={labels.signerName}
        value={signer.name ?? ''}
        onChange={(event) => change({ signer: { ...signer, name: event.currentTarget.value || null } })}
        error={errors.get('signer.name')}
      />
    </SimpleGrid>
  );
}
