import { t } from '../../i18n/t.ts';
import { askFromPage } from '../../messaging/page-client.ts';
import { compileAndPrepare, type PreparedRulebook, prepareRulebook, starterRulebook } from '../../rules/index.ts';

export interface PracticeRulebook {
  prepared: PreparedRulebook;
  /** Shown at the top of the page so a trainee knows whose rules coach them. */
  note: string;
}

/**
 * Coach and score with the team's rules (starter ← team, the team's switches applied) from the background: a rule
 * the agent switched off for themselves still counts here,
 * so practice cannot be passed by switching rules off. If the worker cannot answer, compile the starter rulebook here (an extension page may
 * load compromise; the page bundles the engine anyway for the rubric), so practice still works; the note says
 * which one is in use.
 */
export async function loadPracticeRulebook(): Promise<PracticeRulebook> {
  try {
    const { compiled } = await askFromPage({ type: 'getPracticeRulebook' }, { timeoutMs: 8_000 });
    return {
      prepared: prepareRulebook(compiled),
      note: t('practice_teamRules', { name: compiled.name }),
    };
  } catch (error) {
    console.warn('Tactful practice: using the starter rulebook', error);
    const ready = compileAndPrepare(starterRulebook);
    if (!ready.ok) throw new Error(t('practice_starterBroken'));
    return {
      prepared: ready.value,
      note: t('practice_starterOnly'),
    };
  }
}
