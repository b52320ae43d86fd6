/**
 * Table-driven cases for `it.each`, written as one `{ input: expected }` object: each row is a test of its own,
 * and a short table stays one line instead of a column of look-alike rows.
 */
export const cases = <T>(table: Record<string, T>): [string, T][] => Object.entries(table);
