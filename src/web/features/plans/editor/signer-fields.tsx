import { SimpleGrid, TextInput } from '@mantine/core';
import { useI18n } from '../../../i18n/i18n-provider';
import type { EditorPartProps } from './editor-props';

export function SignerFields({ draft, change, errors }: EditorPartProps) {
  const { t } = useI18n();
  const labels = t.plans.editor;
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
