import { Textarea } from '@mantine/core';
import { usePlanMessages } from '../use-plan-messages';
import type { EditorPartProps } from './editor-props';
import { removeAt, replaceAt } from './list-edit';
import { RepeatedFields } from './repeated-fields';

export function LegalBasesEditor({ draft, change, fields }: EditorPartProps) {
  const plans = usePlanMessages();
  const labels = plans.editor;
  const bases = draft.legalBases;
  return (
    <RepeatedFields
      items={bases}
      itemLabel={(index) => labels.legalBasis(index + 1)}
      renderItem={(basis, index) => (
        <Textarea
          aria-label={labels.legalBasis(index + 1)}
          value={basis.text}
          // A basis retyped no longer names the linked plan for sure: the link goes with the old text.
          onChange={(event) =>
            change({ legalBases: replaceAt(bases, index, { text: event.currentTarget.value, planId: null }) })
          }
          {...fields.of(`legalBases.${index}.text`, `legalBases.${index}.planId`)}
          autosize
          minRows={2}
        />
      )}
      onRemove={(index) => change({ legalBases: removeAt(bases, index) })}
      onAdd={() => change({ legalBases: [...bases, { text: '', planId: null }] })}
      addLabel={labels.addLegalBasis}
    />
  );
}
