import type { Locale } from '../../i18n/locales';
import { pagefindFold } from './fold';

/**
 * Words that carry no topic in a question ("how do I find a partner in Spain"): articles, pronouns,
 * prepositions, conjunctions, question words and auxiliaries. Pagefind requires every word, so a
 * question full of them finds nothing; the query planner leaves them out when at least two other
 * words remain. Stored folded (no diacritics), as they are compared.
 */
const lists: Record<Locale, string> = {
  en: `a an the and or but of in on at to for from by with about into over as is are was were be been being am do does did
    doing have has had can could should would will shall may might must i me my we our us you your it its they their them
    this that these those what which who whom whose where when why how there here not no any some all more most such very
    get find need want help`,
  uk: `а і й та чи або але як що де хто кого кому чому коли який яка яке які якого якій яких в у на з із зі до для про
    по при від від за над під між через це цей ця ці той та те ті я ми ви він вона воно вони мені нам вам мене нас мій моя
    моє мої наш наша наше наші є бути був була було були можна можу може треба потрібно чи не ні так також ще вже лише
    тільки знайти`,
  ro: `a al ai ale și sau dar de din la în pe cu pentru prin despre către sub peste între un o unei unui niște cel cea cei cele
    ce cum unde cine când care cărui căror de ce este sunt era fi fost am ai are avem aveți au pot poate putem să se mă ne
    vă îmi ne nostru noastră eu noi voi el ea ei ele acest această aceste acești nu da mai foarte găsesc găsi`,
  es: `a al el la los las lo un una unos unas y e o u pero de del en con por para sin sobre entre hacia desde hasta que
    qué cómo como dónde donde quién quien cuándo cuando cuál cual cuáles es son era ser estar está están hay he ha han
    puedo puede podemos se me mi mis nos nuestro nuestra yo nosotros tu su sus le les esto este esta estos estas no sí
    muy más encontrar`,
  bg: `а и или но на в във с със за от до по при към през над под между пред без как какво къде кой коя кое кои кога защо
    който която което които дали ли да се си е са съм сме бях беше би мога може можем трябва аз ние вие той тя то те мен
    нас ми ни моят моята нашият нашата този тази това тези не също още вече само намеря`,
};

const sets = Object.fromEntries(
  Object.entries(lists).map(([locale, words]) => [locale, new Set(words.split(/\s+/).filter(Boolean).map(pagefindFold))]),
) as Record<Locale, Set<string>>;

/**
 * @example isStopWord('How', 'en') // true
 * @example isStopWord('кластер', 'uk') // false
 */
export function isStopWord(word: string, locale: Locale): boolean {
  return sets[locale].has(pagefindFold(word));
}
