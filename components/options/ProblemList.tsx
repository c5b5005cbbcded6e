/** Problems found in what the reader typed or imported, each worded in the reader's language. */
import type { PagesKey } from '../../utils/i18n/pages';
import type { Translate } from '../../utils/i18n/translate';
import type { ImportProblem } from '../../utils/import-commentary';
import type { ParseWarning } from '../../utils/parse-commentary';
import type { Problem } from '../../utils/settings-validation';

/** The problem in words, e.g. "“the” would match almost every page." */
export function problemText(t: Translate<PagesKey>, problem: Pick<Problem, 'code' | 'args'> | ImportProblem | ParseWarning): string {
  return t(`problem_${problem.code}`, ...problem.args);
}

export function ProblemList({
  t,
  problems,
  showPath = false,
}: {
  t: Translate<PagesKey>;
  problems: readonly Problem[];
  showPath?: boolean;
}) {
  if (!problems.length) return null;
  return (
    <div role="alert">
      <ul class="problems">
        {problems.map((p, i) => (
          <li key={i} class={p.severity}>
            <span class="severity">{t(p.severity === 'error' ? 'problem_error' : 'problem_warning')}</span>{' '}
            {showPath ? <code>{p.path}</code> : null} {problemText(t, p)}
          </li>
        ))}
      </ul>
    </div>
  );
}
