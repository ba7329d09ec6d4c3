/** The trainee's reply beside the model answer, both as plain text. */
export function SideBySide({ reply, modelAnswer }: { reply: string; modelAnswer: string }) {
  return (
    <section className="side-by-side" aria-label="Your reply and the model answer">
      <figure>
        <figcaption>Your reply</figcaption>
        <div className="text" data-testid="your-reply">
          {reply}
        </div>
      </figure>
      <figure>
        <figcaption>Model answer</figcaption>
        <div className="text" data-testid="model-answer">
          {modelAnswer}
        </div>
      </figure>
    </section>
  );
}
