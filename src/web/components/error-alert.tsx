import { Alert, Text } from '@mantine/core';
import { ApiError } from '../api/api-error';
import { errorMessage } from '../api/error-message';
import { useI18n } from '../i18n/i18n-provider';

/** A failed request explained in the user's language, with the reference support needs to find it in the logs. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useI18n();
  const requestId = error instanceof ApiError && error.status >= 500 ? error.requestId : null;
  return (
    <Alert color="red" variant="light">
      <Text size="sm">{errorMessage(error, t)}</Text>
      {requestId && (
        <Text size="xs" mt="xs">
          {t.errors.requestId(requestId)}
        </Text>
      )}
    </Alert>
  );
}
