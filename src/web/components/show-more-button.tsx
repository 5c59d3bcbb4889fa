import { Button } from '@mantine/core';

interface PagedQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

/** Loads the next page of a paged list, when there is one. */
export function ShowMoreButton({ list, label }: { list: PagedQuery; label: string }) {
  if (!list.hasNextPage) return null;
  return (
    <Button
      variant="default"
      w="fit-content"
      onClick={() => list.fetchNextPage()}
      loading={list.isFetchingNextPage}
    >
      {label}
    </Button>
  );
}
