import type { Problem } from '../../rules/types.ts';

/** Problems with where they are (a JSON path or a CSV row), announced to screen readers. */
export function ProblemList({ problems, title }: { problems: readonly Problem[]; title: string }) {
  if (problems.length === 0) return null;
  return (
    <div className="problems" role="alert">
      <p className="problems-title">{title}</p>
      <ul>
        {problems.map((p) => (
          <li key={`${p.path}:${p.message}`}>
            {p.path ? <code>{p.path}</code> : null}
            {p.path ? ': ' : ''}
            {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
