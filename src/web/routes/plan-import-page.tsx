import { Alert, Button, FileInput, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Plan } from '../../contract/plans/plan';
import { ApiError } from '../api/api-error';
import { apiRequest } from '../api/api-request';
import { ErrorAlert } from '../components/error-alert';
import { Page } from '../components/page';
import { actingUnit, useCurrentSession } from '../features/auth/session';
import { spokenUnitName } from '../features/org/unit-name';
import { planKeys } from '../features/plans/plan-queries';
import { usePlanMessages } from '../features/plans/use-plan-messages';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
// The server takes at most this many characters of pasted text (and about 1 MB of request).
const MAX_TEXT_LENGTH = 900_000;

type Source = { kind: 'text'; text: string } | { kind: 'docx'; file: File };

const isDocx = (file: File) => file.name.toLowerCase().endsWith('.docx') || file.type === DOCX_TYPE;

/** Drafts a plan from the text of an existing document, pasted or as a Word file, and opens it in the editor. */
export function PlanImportPage() {
  const plans = usePlanMessages();
  const labels = plans.import;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useCurrentSession();
  const { csrfToken } = session;
  const issuer = actingUnit(session);
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<'text' | 'file' | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const fileRef = useRef<HTMLButtonElement>(null);

  const create = useMutation({
    mutationFn: (source: Source) =>
      source.kind === 'text'
        ? apiRequest<Plan>('/api/plans/import', {
            method: 'POST',
            body: { text: source.text, issuerId: issuer?.id },
            csrfToken,
          })
        : apiRequest<Plan>(
            `/api/plans/import-docx${issuer ? `?issuerId=${encodeURIComponent(issuer.id)}` : ''}`,
            // Some phones give a .docx no type, so the server is told explicitly what it is.
            { method: 'POST', body: new Blob([source.file], { type: DOCX_TYPE }), csrfToken },
          ),
    onSuccess: (plan) => {
      // The list shown on the way back should hold the new draft.
      void queryClient.invalidateQueries({ queryKey: planKeys.all });
      navigate(`/ke-hoach/${plan.id}/sua`);
    },
  });

  const textError =
    problem === 'text' ? (text.length > MAX_TEXT_LENGTH ? labels.textTooLong : labels.textRequired) : null;
  const fileError = problem === 'file' ? labels.notDocx : null;
  const serverCode = create.error instanceof ApiError ? create.error.code : null;
  const serverMessage =
    serverCode === 'payload_too_large'
      ? create.variables?.kind === 'docx'
        ? labels.fileTooLarge
        : labels.textTooLong
      : serverCode === 'validation_failed'
        ? labels.invalid
        : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.reset();
    if (file) {
      if (!isDocx(file)) {
        setProblem('file');
        fileRef.current?.focus();
        return;
      }
      setProblem(null);
      create.mutate({ kind: 'docx', file });
      return;
    }
    if (text.trim() === '' || text.length > MAX_TEXT_LENGTH) {
      setProblem('text');
      textRef.current?.focus();
      return;
    }
    setProblem(null);
    create.mutate({ kind: 'text', text });
  };

  return (
    <Page title={labels.title}>
      <Stack gap="xs" maw="65ch">
        <Text>{labels.intro}</Text>
        <Text size="sm" c="dimmed">
          {labels.recognised}
        </Text>
      </Stack>
      <Paper
        component="form"
        withBorder
        p={{ base: 'md', xs: 'lg' }}
        onSubmit={submit}
        noValidate
        aria-busy={create.isPending}
      >
        <Stack gap="md">
          {issuer && <Text fw={600}>{plans.editor.issuerLine(spokenUnitName(issuer.name))}</Text>}
          <Textarea
            ref={textRef}
            label={labels.text}
            description={labels.textHint}
            value={text}
            onChange={(event) => {
              setText(event.currentTarget.value);
              if (problem === 'text') setProblem(null);
            }}
            error={textError}
            disabled={create.isPending}
            autosize
            minRows={10}
            maxRows={24}
            spellCheck={false}
          />
          <FileInput
            ref={fileRef}
            label={labels.file}
            description={labels.fileHint}
            placeholder={labels.noFile}
            accept={`.docx,${DOCX_TYPE}`}
            value={file}
            onChange={(chosen) => {
              setFile(chosen);
              setProblem(null);
            }}
            error={fileError}
            disabled={create.isPending}
            clearable
            clearButtonProps={{ 'aria-label': labels.clearFile }}
            // Mantine's placeholder grey is below 4.5:1 on white.
            styles={{ placeholder: { color: 'var(--mantine-color-dimmed)' } }}
          />
          {create.isError &&
            (serverMessage ? (
              <Alert color="red" variant="light">
                <Text size="sm">{serverMessage}</Text>
              </Alert>
            ) : (
              <ErrorAlert error={create.error} />
            ))}
          <Button type="submit" w={{ base: '100%', xs: 'fit-content' }} loading={create.isPending}>
            {labels.submit}
          </Button>
          <Text role="status" size="sm" c="dimmed">
            {create.isPending ? labels.busy : ''}
          </Text>
        </Stack>
      </Paper>
    </Page>
  );
}
