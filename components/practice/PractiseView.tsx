import { useEffect, useRef, useState } from 'react';
import { t } from '../../i18n/t.ts';
import type { PracticeScenario } from '../../practice/catalog.ts';
import { countWords } from '../../practice/measures.ts';
import type { Recommendation } from '../../practice/recommend.ts';
import { type Grade, gradeReply, MIN_WORDS_TO_SCORE } from '../../practice/rubric.ts';
import type { Finding, PreparedRulebook } from '../../rules/index.ts';
import { LiveFindings } from './LiveFindings.tsx';
import { ReplyEditor } from './ReplyEditor.tsx';
import { ScenarioBrief } from './ScenarioBrief.tsx';
import { ScenarioPicker } from './ScenarioPicker.tsx';
import { ScoreCard } from './ScoreCard.tsx';
import { SideBySide } from './SideBySide.tsx';

interface Props {
  catalog: readonly PracticeScenario[];
  scenario: PracticeScenario;
  prepared: PreparedRulebook;
  recommendation: Recommendation | null;
  onSelect: (key: string) => void;
  /** Store the graded attempt; resolves with a problem to show, or null when it was saved. */
  onSubmit: (scenario: PracticeScenario, reply: string, grade: Grade) => Promise<string | null>;
}

/**
 * One scenario: read the brief, write with live coaching, submit, see the score beside the model answer.
 * The page mounts it with key={scenario.key}, so a new scenario always starts with an empty box.
 */
export function PractiseView({ catalog, scenario, prepared, recommendation, onSelect, onSubmit }: Props) {
  const [text, setText] = useState('');
  const [findings, setFindings] = useState<Finding[]>([]);
  const [result, setResult] = useState<{ reply: string; grade: Grade; saveProblem: string | null } | null>(null);
  const [round, setRound] = useState(0);
  const [saving, setSaving] = useState(false);
  const scoreHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (result) scoreHeading.current?.focus();
  }, [result]);

  const words = countWords(text);
  const canSubmit = words >= MIN_WORDS_TO_SCORE && !saving;

  const submit = async () => {
    if (!canSubmit) return;
    setSaving(true);
    const grade = gradeReply(text, scenario, prepared);
    const saveProblem = await onSubmit(scenario, text, grade);
    setResult({ reply: text, grade, saveProblem });
    setSaving(false);
  };

  const tryAgain = () => {
    setResult(null);
    setText('');
    setFindings([]);
    setRound((r) => r + 1);
  };

  return (
    <div className="practise">
      <ScenarioPicker catalog={catalog} selected={scenario.key} onSelect={onSelect} recommendation={recommendation} />
      <div className="columns">
        <ScenarioBrief scenario={scenario} />
        {result ? (
          <div className="result">
            <ScoreCard grade={result.grade} ref={scoreHeading} />
            {result.saveProblem && <p role="alert">{t('practice_saveFailed', { problem: result.saveProblem })}</p>}
            <SideBySide reply={result.reply} modelAnswer={scenario.modelAnswer} />
            <p className="actions">
              <button type="button" onClick={tryAgain}>
                {t('practice_tryAgain')}
              </button>
              {recommendation && (
                <button type="button" onClick={() => onSelect(recommendation.scenario.key)}>
                  {t('practice_nextRecommendedTitle', { title: recommendation.scenario.title })}
                </button>
              )}
            </p>
          </div>
        ) : (
          <div className="write">
            <h2 id="reply-label">{t('practice_yourReply')}</h2>
            <p id="reply-help" className="help">
              {t('practice_replyHelp')}
            </p>
            <ReplyEditor
              key={round}
              prepared={prepared}
              customer={scenario.customer}
              labelledBy="reply-label"
              describedBy="reply-help"
              onChange={(next, found) => {
                setText(next);
                if (found) setFindings(found);
              }}
            />
            <p className="actions">
              <button type="button" className="primary" onClick={() => void submit()} disabled={!canSubmit}>
                {t('practice_submit')}
              </button>
              <span className="help">
                {t('practice_words', { count: words })}
                {words < MIN_WORDS_TO_SCORE ? t('practice_minWords', { count: MIN_WORDS_TO_SCORE }) : ''}
              </span>
            </p>
            <LiveFindings findings={findings} text={text} />
          </div>
        )}
      </div>
    </div>
  );
}
