/**
 * Short support-reply sentences with the language they are in: the detector's accuracy test, and the set the npm
 * detectors were compared on (docs/design/ARCHITECTURE.md, "Which language a reply is in"). Typical lengths of a
 * reply's sentences, 3–20 words; the ones too short to tell are in SHORT.
 */
export const LABELLED: ReadonlyArray<readonly [language: string, text: string]> = [
  ['en', 'I am sorry about the delay with your order.'],
  ['en', "We'll send a replacement tomorrow morning."],
  ['en', 'Your refund has been processed and should arrive within five days.'],
  ['en', 'Could you send me a photo of the label?'],
  ['en', 'The courier will collect the parcel on Friday.'],
  ['en', 'Please restart the router and let me know if it helps.'],
  ['en', 'Thanks for your patience while we looked into this.'],
  ['en', 'As I already told you, the warranty has expired.'],
  ['en', 'You should have read the manual before installing it.'],
  ['en', 'Our engineer Tomás Gutiérrez will call you at 10am.'],
  ['en', 'Kind regards from the whole Müller GmbH support team.'],
  ['es', 'Lamentamos mucho el retraso con su pedido.'],
  ['es', 'Le enviaremos un reemplazo mañana por la mañana.'],
  ['es', 'Su reembolso ya está en camino y llegará en cinco días.'],
  ['es', '¿Podría enviarnos una foto de la etiqueta?'],
  ['es', 'El técnico pasará por su casa el viernes.'],
  ['es', 'Gracias por su paciencia mientras revisamos el caso.'],
  ['de', 'Es tut uns leid, dass Ihre Bestellung verspätet ist.'],
  ['de', 'Wir schicken Ihnen morgen früh einen Ersatz.'],
  ['de', 'Die Rückerstattung wurde veranlasst und kommt in fünf Tagen an.'],
  ['de', 'Könnten Sie uns bitte ein Foto des Etiketts schicken?'],
  ['de', 'Der Techniker kommt am Freitag bei Ihnen vorbei.'],
  ['de', 'Vielen Dank für Ihre Geduld.'],
  ['fr', 'Nous sommes désolés pour le retard de votre commande.'],
  ['fr', 'Nous vous enverrons un remplacement demain matin.'],
  ['fr', 'Pourriez-vous nous envoyer une photo de l’étiquette ?'],
  ['fr', 'Le technicien passera chez vous vendredi.'],
  ['he', 'אני מצטער מאוד על העיכוב בהזמנה שלך.'],
  ['he', 'נשלח לך מוצר חלופי מחר בבוקר.'],
  ['he', 'ההחזר הכספי יגיע לחשבון שלך תוך חמישה ימים.'],
  ['he', 'תוכל לשלוח לנו תמונה של התווית?'],
  ['he', 'הטכנאי יגיע אליך ביום שישי.'],
  ['he', 'ה-iPhone שלך יוחלף במכשיר חדש עד יום ראשון.'],
  ['ar', 'نعتذر بشدة عن التأخير في طلبك.'],
  ['ar', 'سنرسل لك بديلاً صباح الغد.'],
  ['ar', 'تمت معالجة المبلغ المسترد وسيصل خلال خمسة أيام.'],
  ['ar', 'هل يمكنك إرسال صورة للملصق؟'],
  ['ar', 'سيزورك الفني يوم الجمعة.'],
];

/** Pieces that say nothing reliable about their language: they take the reply's. */
export const SHORT: readonly string[] = [
  'Hi',
  'Hi Dana,',
  'שלום',
  'مرحبا',
  'https://help.example.com/returns',
  'Order #44718',
  'Dana',
  '—',
];
