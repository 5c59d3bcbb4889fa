/** One page of a list the server answers in pages: the items, the count of all, and where to continue. */
export interface Page<Item> {
  items: Item[];
  total: number;
  nextCursor: string | null;
}

/** The options every paged list query shares with TanStack Query's infinite queries. */
export const pagedQueryOptions = {
  initialPageParam: undefined as string | undefined,
  getNextPageParam: <Item>(last: Page<Item>) => last.nextCursor ?? undefined,
};
