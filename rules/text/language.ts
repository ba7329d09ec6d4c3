/**
 * Which language a piece of a reply is written in, cheaply: a script count, then, for Latin script, a stop-word
 * vote. No n-gram models: a support reply's sentences are short, and the one question the engine asks is "may an
 * English (or Hebrew, …) rule judge this sentence?". See docs/design/ARCHITECTURE.md for the comparison with npm
 * detectors that led here.
 *
 * Languages are ISO 639-1 codes ("en", "he", "ar", "es", …); UNDETERMINED when the text gives too little evidence
 * (a greeting, a name, a URL, "OK"): such text takes the language of the reply around it.
 */
export const UNDETERMINED = 'und';

export interface LanguageGuess {
  language: string;
  /** How many words the guess rests on: this piece's weight in the reply's vote. */
  words: number;
  /**
   * For a piece too short to tell (UNDETERMINED) written in a script only one language here uses: that language.
   * A Hebrew greeting says nothing about itself alone, but is still a vote for a Hebrew reply.
   */
  leaning?: string;
}

/** Fewer letters than this say nothing reliable about the language: "OK", "Hi Dana", "שלום". */
const MIN_LETTERS = 8;

/** Scripts by number, so a sentence's letters are counted in two small arrays. */
const LATIN = 0;
/** The language each other script decides (a rulebook for another language written in it states that code). */
const SCRIPT_LANGUAGE = ['', 'he', 'ar', 'ru', 'el', 'hi', 'th', 'ko', 'ja', 'zh'] as const;
const [, HEBREW, ARABIC, CYRILLIC, GREEK, DEVANAGARI, THAI, HANGUL, KANA, HAN] = SCRIPT_LANGUAGE.map((_, i) => i) as [
  number,
  ...number[],
];

function scriptOf(code: number): number {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) ? LATIN : -1;
  if (code >= 0xc0 && code <= 0x24f) return code === 0xd7 || code === 0xf7 ? -1 : LATIN;
  if (code >= 0x370 && code <= 0x3ff) return GREEK as number;
  if (code >= 0x400 && code <= 0x4ff) return CYRILLIC as number;
  if (code >= 0x5d0 && code <= 0x5ea) return HEBREW as number;
  if ((code >= 0x620 && code <= 0x64a) || (code >= 0x671 && code <= 0x6d3)) return ARABIC as number;
  if (code >= 0x900 && code <= 0x97f) return DEVANAGARI as number;
  if (code >= 0xe00 && code <= 0xe7f) return THAI as number;
  if (code >= 0x1e00 && code <= 0x1eff) return LATIN;
  if (code >= 0x3040 && code <= 0x30ff) return KANA as number;
  if (code >= 0x4e00 && code <= 0x9fff) return HAN as number;
  if (code >= 0xac00 && code <= 0xd7af) return HANGUL as number;
  if (code >= 0xfb1d && code <= 0xfb4f) return HEBREW as number;
  if (code >= 0xfb50 && code <= 0xfeff) return ARABIC as number;
  return -1;
}

/**
 * The most frequent function words of each Latin-script language the detector tells apart: articles, pronouns,
 * prepositions, conjunctions and auxiliaries, which every sentence uses whatever its topic. Words two languages
 * share (de "in", es/it "a") count for both, which is harmless: a vote is won by the words only one language has.
 */
const STOP_WORDS: Record<string, string> = {
  en: 'the a an and or but of to in on at for with from by about as is are was were be been being am have has had do does did will would can could should shall may might must not no yes this that these those there here it its i me my we us our you your he she they them their his her what which who when where why how if then than so just also very please thanks thank sorry all any some more up out into over after before again now today tomorrow',
  es: 'el la los las un una unos unas y o pero de del al en con por para sin sobre es son era fue ser estar está están estoy hemos ha han he que qué se su sus lo le les me mi mis te tu tus nos nuestro nuestra usted ustedes yo él ella ellos este esta esto ese esa muy también como cuando donde porque gracias hola disculpe lamentamos perdón mañana hoy ya no sí',
  de: 'der die das den dem des ein eine einen einem einer und oder aber von zu zum zur in im an am auf für mit aus bei nach über ist sind war waren sein haben hat hatte wird werden wurde kann können muss soll nicht kein keine ich mich mir wir uns unser sie ihr ihnen ihre er es du dich dir dein dass wenn weil wie was wer auch sehr noch schon bitte danke entschuldigung leider morgen heute',
  fr: 'le la les un une des et ou mais de du au aux en dans sur pour par avec sans est sont était été être avoir a ont avons je me moi nous vous il elle ils elles on ce cette ces mon ma mes votre vos notre nos leur qui que quoi ne pas plus très aussi bien merci désolé bonjour demain aujourdhui',
  pt: 'o a os as um uma uns umas e ou mas de do da dos das no na nos nas em com por para sem é são foi ser estar está estão tem têm eu me meu minha nós você vocês ele ela eles elas seu sua que não sim muito também como quando onde porque obrigado obrigada desculpe amanhã hoje já',
  it: 'il lo la i gli le un uno una e o ma di del della dei delle da dal in nel nella con per su è sono era essere avere ha hanno ho io mi mio mia noi ci vi lei lui loro suo sua che non sì molto anche come quando dove perché grazie scusi domani oggi già',
  nl: 'de het een en of maar van in op aan voor met uit bij naar over is zijn was waren hebben heeft had wordt worden kan kunnen moet niet geen ik mij mijn wij we ons onze jij je jou jouw u uw hij zij ze het dat die wat wie ook zeer heel nog al dank bedankt sorry morgen vandaag',
};

const LATIN_LANGUAGES = Object.keys(STOP_WORDS);
const ENGLISH = LATIN_LANGUAGES.indexOf('en');

/** Each stop word with the languages (indexes into LATIN_LANGUAGES) it belongs to. */
const WORD_LANGUAGES = new Map<string, number[]>();
LATIN_LANGUAGES.forEach((language, index) => {
  for (const word of (STOP_WORDS[language] as string).split(' ')) {
    const list = WORD_LANGUAGES.get(word);
    if (list) list.push(index);
    else WORD_LANGUAGES.set(word, [index]);
  }
});

/** "don't", "we're", "I'll": English's own endings ("l'heure", "c'est" are not). */
const ENGLISH_CONTRACTION = /'(?:s|t|re|ve|ll|d|m)$/;
const ENGLISH_ONLY = [ENGLISH];

// Over lower-cased text: a case-insensitive Unicode regex costs several times more per word.
const LATIN_WORD = /[a-zß-ɏḁ-ỿ]+(?:['’][a-zß-ɏ]+)?/g;

/**
 * English unless another language's function words clearly outnumber English's: a Spanish reply wrongly taken for
 * English only gets English nags (what every reply got before), while an English reply taken for Spanish would
 * lose its coaching. So a rival needs two words of its own and more votes than English.
 */
function latinLanguage(text: string): string | null {
  const votes = new Array<number>(LATIN_LANGUAGES.length).fill(0);
  const lower = text.toLowerCase();
  LATIN_WORD.lastIndex = 0;
  for (let w = LATIN_WORD.exec(lower); w; w = LATIN_WORD.exec(lower)) {
    const word = w[0].replace('’', "'");
    const languages = WORD_LANGUAGES.get(word) ?? (ENGLISH_CONTRACTION.test(word) ? ENGLISH_ONLY : undefined);
    if (!languages) continue;
    for (const language of languages) votes[language] = (votes[language] as number) + 1;
  }
  let best = votes[ENGLISH] ? ENGLISH : -1;
  let bestVotes = votes[ENGLISH] as number;
  votes.forEach((count, language) => {
    if (language !== ENGLISH && count >= 2 && count > bestVotes) {
      best = language;
      bestVotes = count;
    }
  });
  return best < 0 ? null : (LATIN_LANGUAGES[best] as string);
}

/** The language of one piece of text (a sentence, or a short reply), by its dominant script and its words. */
export function guessLanguage(text: string): LanguageGuess {
  const letters = new Array<number>(SCRIPT_LANGUAGE.length).fill(0);
  const words = new Array<number>(SCRIPT_LANGUAGE.length).fill(0);
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const script = scriptOf(text.charCodeAt(i));
    if (script >= 0) {
      letters[script] = (letters[script] as number) + 1;
      // Han is written without spaces: each character is counted as a word.
      if (script !== previous || script === HAN) words[script] = (words[script] as number) + 1;
    }
    previous = script;
  }
  const ranked = letters
    .map((count, script) => ({ script, count }))
    .filter((s) => s.count > 0)
    .sort((a, b) => b.count - a.count);
  for (const { script, count } of ranked) {
    const weight = words[script] as number;
    const language = script === HAN && letters[KANA as number] ? 'ja' : (SCRIPT_LANGUAGE[script] as string);
    if (count < MIN_LETTERS) {
      return script === LATIN
        ? { language: UNDETERMINED, words: 0 }
        : { language: UNDETERMINED, words: weight, leaning: language };
    }
    if (script !== LATIN) return { language, words: weight };
    const latin = latinLanguage(text);
    // Latin letters with no function word among them are names, product names and links: the next script decides.
    if (latin) return { language: latin, words: weight };
  }
  return { language: UNDETERMINED, words: 0 };
}

export interface TextLanguages {
  /** The reply's language: the one most of its words are in (words, not letters: Hebrew and Arabic write fewer). */
  reply: string;
  /** Each sentence's language; a sentence too short to tell takes the reply's. */
  sentences: string[];
}

/** The reply's language and its sentences', from each sentence's guess. */
export function resolveLanguages(guesses: readonly LanguageGuess[]): TextLanguages {
  const weight = new Map<string, number>();
  for (const g of guesses) {
    const vote = g.language === UNDETERMINED ? g.leaning : g.language;
    if (vote) weight.set(vote, (weight.get(vote) ?? 0) + g.words);
  }
  let reply = UNDETERMINED;
  let most = 0;
  for (const [language, letters] of weight) {
    if (letters > most) {
      reply = language;
      most = letters;
    }
  }
  return { reply, sentences: guesses.map((g) => (g.language === UNDETERMINED ? reply : g.language)) };
}

/**
 * May a rule written for `ruleLanguage` judge text in `textLanguage`? Text whose language cannot be told (no
 * letters, a greeting alone) is judged by every rule, as all text was before languages were read.
 */
export const covers = (ruleLanguage: string, textLanguage: string): boolean =>
  textLanguage === UNDETERMINED || textLanguage === ruleLanguage || ruleLanguage === ANY_LANGUAGE;

/**
 * A rule that judges text in any language: only a rule run on its own examples (rules/examples.ts), which test what
 * its patterns match whatever language its book is in. A rulebook cannot state it (its schema wants letters).
 */
export const ANY_LANGUAGE = '*';

/** The language a rule or rulebook that states none is written in. */
export const DEFAULT_LANGUAGE = 'en';

/** The signal detectors (rules/signals/) read English only. */
export const SIGNALS_LANGUAGE = 'en';

/** A compiled rule's language; a rule compiled before languages were read is English. */
export const ruleLanguage = (rule: { language?: string } | undefined): string => rule?.language ?? DEFAULT_LANGUAGE;
