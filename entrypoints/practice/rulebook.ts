import { t } from '../../i18n/t.ts';
import { askBackground } from '../../messaging/client.ts';
import { compileAndPrepare, type PreparedRulebook, prepareRulebook, starterRulebook } from '../../rules/index.ts';

export interface PracticeRulebook {
  prepared: PreparedRulebook;
  /** Shown at the top of the page so a trainee knows whose rules coach them. */
  note: string;
}

/**
 * Coach with the same rules as in Gmail: the effective rulebook (starter ← team ← personal, switches applied)
 * from the background. If the worker cannot answer, compile the starter rulebook here (an extension page may
 * load compromise; the page bundles the engine anyway for the rubric), so practice still works; the note says
 * which one is in use.
 */
export async function loadPracticeRulebook(): Promise<PracticeRulebook> {
  try {
    const state = await askBackground({ type: 'getCoachState', host: location.hostname }, { timeoutMs: 8_000 });
    return {
      prepared: prepareRulebook(state.compiled),
      note: t('practice_sameCoaching', { name: state.compiled.name }),
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
