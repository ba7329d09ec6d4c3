import { t } from '../../i18n/t.ts';
import type { Problem } from '../../rules/types.ts';

/**
 * Problems in plain words, each with where to find it in the file (its line, or a CSV row), announced to screen
 * readers. The message already names the rule and the field; the JSON path is for code, never shown.
 */
export function ProblemList({ problems, title }: { problems: readonly Problem[]; title: string }) {
  if (problems.length === 0) return null;
  const where = (p: Problem) =>
    p.line !== undefined ? t('options_problemLine', { line: p.line }) : p.path.startsWith('row ') ? p.path : '';
  return (
    <div className="problems" role="alert">
      <p className="problems-title">{title}</p>
      <ul>
        {problems.map((p) => (
          <li key={`${p.path}:${p.message}`}>
            {where(p) ? <span className="problem-where">{where(p)}: </span> : null}
            {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
