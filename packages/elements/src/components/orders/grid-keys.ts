/** A cell position in the orders grid: a body row and a focus stop (a cell or a control) inside it. */
export interface GridPosition {
  row: number;
  stop: number;
}

export interface GridSize {
  /** Rows loaded so far. */
  rows: number;
  /** Focus stops in the target row. */
  stops: number;
  /** Rows that fit on screen, for PageUp / PageDown. */
  page: number;
}

/**
 * The keyboard model of the grid (WAI-ARIA grid pattern): arrows move by one, PageUp/PageDown by a screen,
 * Home/End to the first/last stop of the row, Ctrl+Home/End to the first/last row. Returns null for keys the
 * grid does not handle, so they keep their native meaning.
 */
export function moveInGrid(
  key: string,
  ctrl: boolean,
  from: GridPosition,
  size: GridSize,
): GridPosition | null {
  const lastRow = Math.max(0, size.rows - 1);
  const lastStop = Math.max(0, size.stops - 1);
  const clampRow = (r: number) => Math.min(lastRow, Math.max(0, r));
  const stop = Math.min(from.stop, lastStop);
  switch (key) {
    case 'ArrowDown':
      return { row: clampRow(from.row + 1), stop };
    case 'ArrowUp':
      return { row: clampRow(from.row - 1), stop };
    case 'PageDown':
      return { row: clampRow(from.row + Math.max(1, size.page)), stop };
    case 'PageUp':
      return { row: clampRow(from.row - Math.max(1, size.page)), stop };
    case 'ArrowRight':
      return { row: from.row, stop: Math.min(lastStop, stop + 1) };
    case 'ArrowLeft':
      return { row: from.row, stop: Math.max(0, stop - 1) };
    case 'Home':
      return ctrl ? { row: 0, stop } : { row: from.row, stop: 0 };
    case 'End':
      return ctrl ? { row: lastRow, stop } : { row: from.row, stop: lastStop };
    default:
      return null;
  }
}
