/**
 * The one shape of a lifecycle table: a list of rows, each a move that takes a record from any
 * status in `from` to the status `to`. A lifecycle adds the columns its moves need (a reason
 * rule, a gate, a precondition…) to the same rows, and a move from a status no row lists is
 * refused. The programme (programme-lifecycle.ts), its steps' states and pilots
 * (pilot-lifecycle.ts) are all declared this way.
 */
export interface Transition<S extends string, M extends string> {
  readonly move: M;
  readonly from: readonly S[];
  readonly to: S;
}

/** The rows of `table` for `move` from `status`, in table order (more than one when a column such as a decision tells them apart). */
export function transitionsFor<T extends Transition<string, string>>(table: readonly T[], move: T['move'], status: T['to']): T[] {
  return table.filter((row) => row.move === move && row.from.includes(status));
}

/** The rows of `table` that may be taken from `status`, in table order (e.g. to offer buttons). */
export function transitionsFrom<T extends Transition<string, string>>(table: readonly T[], status: T['to']): T[] {
  return table.filter((row) => row.from.includes(status));
}

/** The statuses no row leaves. */
export function finalStatuses<S extends string>(table: readonly Transition<S, string>[], statuses: readonly S[]): S[] {
  return statuses.filter((status) => transitionsFrom(table, status).length === 0);
}

/**
 * Problems with a table, for its spec: a status or move that is not in the lists, a row that
 * can be taken from nowhere, or `from` listing a status twice. Empty when the table is sound.
 */
export function checkLifecycleTable<S extends string, M extends string>(
  table: readonly Transition<S, M>[],
  statuses: readonly S[],
  moves: readonly M[],
): string[] {
  return table.flatMap((row, index) => {
    const where = `Row ${index + 1} (${String(row.move)})`;
    return [
      ...(moves.includes(row.move) ? [] : [`${where} names a move that is not in the list.`]),
      ...(statuses.includes(row.to) ? [] : [`${where} goes to "${String(row.to)}", which is not a status.`]),
      ...(row.from.length === 0 ? [`${where} can be taken from no status.`] : []),
      ...row.from
        .filter((status) => !statuses.includes(status))
        .map((status) => `${where} starts from "${String(status)}", which is not a status.`),
      ...(new Set(row.from).size === row.from.length ? [] : [`${where} lists a status twice.`]),
    ];
  });
}
