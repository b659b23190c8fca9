import grid from './lists.module.css';

/** The header row of a small table in a tile: its column titles, drawn as the grids draw theirs. */
export function SmallTableHead({ titles }: { titles: readonly string[] }) {
  return (
    <thead>
      <tr className={grid.headerRow}>
        {titles.map((title) => (
          <th key={title} scope="col" className={grid.headerCell}>
            <div className={grid.headerContent}>{title}</div>
          </th>
        ))}
      </tr>
    </thead>
  );
}
