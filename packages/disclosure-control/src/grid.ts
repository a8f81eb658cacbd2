/**
 * One dimension of a table: its members and the total over them (e.g. the four wards and the
 * district, or four quarters and the year). `sum` totals equal the sum of their members; `distinct`
 * totals count distinct people, so max(member) <= total <= sum(members).
 */
export interface Dimension {
  name: string;
  total: string;
  members: readonly string[];
  kind: "sum" | "distinct";
}

/** A linear relation the published table obeys: `total` against its `parts`. */
export interface Relation {
  total: string;
  parts: readonly string[];
  kind: "sum" | "distinct";
}

/**
 * A table of non-negative integer counts over the product of its dimensions, totals included.
 * A cell's key is its coordinates joined by `|`, in dimension order. Linked tables (an indicator
 * partition such as with/without/all, quarters against the year) are dimensions of one grid, so a
 * cell shared by two tables is one cell.
 */
export interface Grid {
  dimensions: readonly Dimension[];
  /** Every cell's true value by key; a missing cell is 0. */
  values: ReadonlyMap<string, number>;
}

/** The key of a cell from its coordinates. */
export function cellKey(coordinates: readonly string[]): string {
  return coordinates.join("|");
}

/** Every coordinate of a dimension: the total first, then the members. */
export function coordinatesOf(dimension: Dimension): string[] {
  return [dimension.total, ...dimension.members];
}

/** Every cell of the grid as coordinates, in a fixed order (dimension order, total first). */
export function cellsOf(grid: Grid): string[][] {
  let cells: string[][] = [[]];
  for (const dimension of grid.dimensions) {
    const next: string[][] = [];
    for (const prefix of cells) for (const c of coordinatesOf(dimension)) next.push([...prefix, c]);
    cells = next;
  }
  return cells;
}

/** Every relation of the grid: for each dimension and each cell of the others, total vs. members. */
export function relationsOf(grid: Grid): Relation[] {
  const relations: Relation[] = [];
  grid.dimensions.forEach((dimension, d) => {
    for (const cell of cellsOf(grid)) {
      if (cell[d] !== dimension.total) continue;
      const parts = dimension.members.map((m) => cellKey(cell.map((c, i) => (i === d ? m : c))));
      relations.push({ total: cellKey(cell), parts, kind: dimension.kind });
    }
  });
  return relations;
}

/** The value of a cell (0 when absent). */
export function cellValue(grid: Grid, key: string): number {
  return grid.values.get(key) ?? 0;
}
