import { t } from '../../i18n/t.ts';

/** The trainee's reply beside the model answer, both as plain text. */
export function SideBySide({ reply, modelAnswer }: { reply: string; modelAnswer: string }) {
  return (
    <section className="side-by-side" aria-label={t('practice_sideBySide')}>
      <figure>
        <figcaption>{t('practice_yourReply')}</figcaption>
        <div className="text" data-testid="your-reply">
          {reply}
        </div>
      </figure>
      <figure>
        <figcaption>{t('practice_modelAnswer')}</figcaption>
        <div className="text" data-testid="model-answer">
          {modelAnswer}
        </div>
      </figure>
    </section>
  );
}
