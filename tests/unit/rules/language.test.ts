import { describe, expect, it } from 'vitest';
import { ANY_LANGUAGE, covers, guessLanguage, resolveLanguages, UNDETERMINED } from '../../../rules/text/language.ts';
import { splitSentences } from '../../../rules/text/sentences.ts';
import { LABELLED, SHORT } from './language-samples.ts';

/** The reply's language and its sentences', as the engine reads them. */
function languagesOf(text: string) {
  const pieces = splitSentences(text).map((s) => text.slice(s.start, s.end));
  return resolveLanguages(pieces.map(guessLanguage));
}

describe('guessLanguage: one sentence', () => {
  it.each(LABELLED)('reads %s in "%s"', (language, text) => {
    expect(guessLanguage(text).language).toBe(language);
  });

  it.each(SHORT)('cannot tell the language of "%s" (too little to go on)', (text) => {
    expect(guessLanguage(text).language).toBe(UNDETERMINED);
  });

  it('reads English around a foreign name: the name is a few letters of another script', () => {
    expect(guessLanguage('Hi דני, sorry about the delay, your parcel ships tomorrow.').language).toBe('en');
    expect(guessLanguage('Sorry Ahmed, we will call you back today.').language).toBe('en');
    expect(guessLanguage('I asked José Núñez in our Madrid office to check the order.').language).toBe('en');
  });

  it('reads Hebrew or Arabic around an English product name or a URL', () => {
    expect(guessLanguage('ה-iPhone שלך יוחלף מחר, פרטים ב-https://help.example.com').language).toBe('he');
    expect(guessLanguage('سنرسل لك جهاز Galaxy جديد خلال يومين.').language).toBe('ar');
  });

  it('takes "OK thanks" for English, and a thank-you in Spanish for Spanish', () => {
    expect(guessLanguage('OK thanks').language).toBe('en');
    expect(guessLanguage('Muchas gracias por su paciencia').language).toBe('es');
  });

  it('counts an English contraction for English, a French elision not', () => {
    expect(guessLanguage("We're on it and we'll write back").language).toBe('en');
    expect(guessLanguage("C'est l'heure de la livraison pour votre commande").language).toBe('fr');
  });
});

describe('resolveLanguages: the reply and its short sentences', () => {
  it('gives a Hebrew reply Hebrew sentences, its greeting and sign-off included', () => {
    const { reply, sentences } = languagesOf(
      'שלום דני,\n\nאני מצטער מאוד על העיכוב בהזמנה שלך. נשלח לך מוצר חלופי מחר בבוקר.\n\nתודה,\nרותי',
    );
    expect(reply).toBe('he');
    expect(sentences).toEqual(['he', 'he', 'he', 'he', 'he']);
  });

  it('keeps an English sentence inside a Hebrew reply English', () => {
    const text = 'שלום דני,\nאני מצטער מאוד על העיכוב בהזמנה שלך. As I already told you, it shipped late. תודה';
    const { reply, sentences } = languagesOf(text);
    expect(reply).toBe('he');
    expect(sentences).toEqual(['he', 'he', 'en', 'he']);
  });

  it('lets a one-word sentence, a name or a link take the reply’s language', () => {
    const { sentences } = languagesOf(
      'Hola Ana,\n\nLamentamos mucho el retraso con su pedido. OK. https://x.example/es\nLuis',
    );
    expect(sentences).toEqual(['es', 'es', 'es', 'es', 'es']);
  });

  it('reads an English reply with a Hebrew name as English', () => {
    const { reply, sentences } = languagesOf('Hi דני,\n\nSorry about the delay. Your parcel ships tomorrow.');
    expect(reply).toBe('en');
    expect(sentences).toEqual(['en', 'en', 'en']);
  });

  it('leaves a reply with nothing to go on undetermined', () => {
    expect(languagesOf('Hi').reply).toBe(UNDETERMINED);
    expect(languagesOf('').reply).toBe(UNDETERMINED);
    expect(languagesOf('https://help.example.com/returns').reply).toBe(UNDETERMINED);
  });
});

describe('covers: which text a rule may judge', () => {
  it('a rule judges text in its own language, text of no known language, and nothing else', () => {
    expect(covers('en', 'en')).toBe(true);
    expect(covers('en', UNDETERMINED)).toBe(true);
    expect(covers('en', 'he')).toBe(false);
    expect(covers('he', 'en')).toBe(false);
    expect(covers(ANY_LANGUAGE, 'ar')).toBe(true);
  });
});
